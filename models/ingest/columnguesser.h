#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace waymark::ingest {

/// Guesses which column of a bank's table holds which transaction field
/// (ColumnMapping::fields()) from the header words and the values of the
/// first rows, and says how sure it is of each. A column is the direction
/// only when its values are debit/credit-like (D/C, DR/CR, debit/credit,
/// in/out, +/-); a transaction *type* column (TRANSFER, CASH_OUT,
/// PAYMENT…) is the channel, never the direction.
class ColumnGuesser {
public:
    enum class Sureness { Unsure, Likely, Sure };
    struct Field {
        QString column;
        Sureness sureness = Sureness::Likely;
        QString why; ///< translated: what the guess rests on
    };
    struct Guess {
        QMap<QString, Field> fields; ///< field → column; fields not guessed are absent
        QString timeUnit; ///< "hours" for PaySim's step, else empty
        QStringList notes; ///< translated: columns deliberately not used, and why
        /// The least sure of the guesses (Sure when there are none).
        Sureness overall() const;
    };
    static Guess guess(const QStringList& header, const QList<QStringList>& rows);
    /// "sure", "likely", "unsure", translated.
    static QString surenessName(Sureness sureness);
    /// Whether every non-empty value is a debit/credit-like word and there is at least one.
    static bool directionLike(const QStringList& values);
};

} // namespace waymark::ingest
