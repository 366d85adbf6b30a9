// Guard-rail probe (must NOT compile with the house flags): a C cast hides what it converts.
int truncatedFen(double yuan)
{
    return (int)(yuan * 100);
}
