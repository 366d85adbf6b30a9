// Guard-rail probe (must NOT compile with the house flags): a port deleted through its base
// pointer without a virtual destructor leaks the adapter's members.
struct Port
{
    virtual void open() {}
};

struct Adapter : Port
{
    void open() override {}
};
