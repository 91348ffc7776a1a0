#pragma once

#include <QString>

#include <array>

namespace waymark::sharing {

/// Replaces identifiers with a keyed hash (BLAKE2b, libsodium's
/// crypto_generichash) under a random key made for one package and never
/// stored: the same value gets the same pseudonym everywhere in the package,
/// so a partner can link records within it, but not across packages nor
/// back to the workspace. Values are compared after trimming, folding case
/// and collapsing white space. The key is wiped when the object goes.
class Pseudonymiser {
public:
    Pseudonymiser();
    ~Pseudonymiser();
    Pseudonymiser(const Pseudonymiser&) = delete;
    Pseudonymiser& operator=(const Pseudonymiser&) = delete;

    /// "PERSON-3f9c…": the category, then 20 hex digits (80 bits) of the
    /// keyed hash of the category and the value. Empty for an empty value.
    QString pseudonym(const QString& category, const QString& value) const;

private:
    std::array<unsigned char, 32> m_key {};
};

} // namespace waymark::sharing
