#pragma once

// Key material for the storage/crypto tests, without a key file.

#include "storage/crypto/keyring.h"

#include <QDateTime>

#include <memory>

namespace pos::testkeys {

/// A generation with a random secret, created at `at`.
inline storage::crypto::KeyGeneration generation(const QDateTime& at = QDateTime(QDate(2026, 1, 1),
                                                                                 QTime(0, 0)))
{
    return storage::crypto::KeyMaterial::generate(at).value();
}

/// Material of the given generations; the first is current.
inline storage::crypto::KeyMaterial material(std::vector<storage::crypto::KeyGeneration> gens)
{
    storage::crypto::KeyMaterial m;
    m.currentId = gens.front().id;
    m.generations = std::move(gens);
    return m;
}

inline std::shared_ptr<const storage::crypto::KeyRing> ring(const storage::crypto::KeyMaterial& m)
{
    return storage::crypto::KeyRing::build(m).value();
}

/// A ring with one fresh generation.
inline std::shared_ptr<const storage::crypto::KeyRing> freshRing()
{
    std::vector<storage::crypto::KeyGeneration> gens;
    gens.push_back(generation());
    return ring(material(std::move(gens)));
}

} // namespace pos::testkeys
