#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark::finance {

/// One indicator's weight in a typology, as likelihood ratios: how much more
/// often the flag fires (hitLr) or stays quiet (missLr) on accounts of the
/// typology than on others. The log-odds added are ln(hitLr) or ln(missLr);
/// a NotAssessable indicator adds nothing.
struct TypologyWeight {
    QString indicator;
    double hitLr = 1;
    double missLr = 1;
    QString rationale;
    qint64 line = 0, column = 0; ///< where it was read from, for messages

    bool operator==(const TypologyWeight& o) const
    {
        return indicator == o.indicator && hitLr == o.hitLr && missLr == o.missLr && rationale == o.rationale;
    }
};

/// A named, versioned financial behaviour of traffickers: a prior (the share
/// of accounts of this kind before any evidence) and weighted indicators.
/// Read by TypologyReader from `resources/typologies/*.json`.
struct Typology {
    QString id;
    QString name;
    int version = 1;
    QString description;
    QStringList sources;
    double prior = 0.01;
    std::vector<TypologyWeight> weights;

    double priorLogOdds() const;
    /// The file form (indented JSON), which TypologyReader reads back equal.
    QByteArray toJson() const;
    bool operator==(const Typology& o) const
    {
        return id == o.id && name == o.name && version == o.version && description == o.description
            && sources == o.sources && prior == o.prior && weights == o.weights;
    }
};

} // namespace waymark::finance
