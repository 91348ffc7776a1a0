#pragma once

#include "analysis/claimchecks.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace waymark::reports {

/// The handling marking repeated at the top and bottom of every page: a
/// classification (OFFICIAL-SENSITIVE) or a TLP 2.0 label, plus conditions.
struct Marking {
    QString classification = QStringLiteral("OFFICIAL-SENSITIVE");
    QString conditions;
    /// "OFFICIAL-SENSITIVE — conditions" as printed.
    QString text() const;
    bool isTlp() const { return classification.startsWith(QLatin1String("TLP:")); }
};

/// A link from a judgement to what it rests on, identified by the hub's
/// stable key (incident_key, entity_key, account_key, source_key) so that a
/// re-import keeps it. The label and grades are copied when cited and
/// refreshed on load; `missing` is set when the row is no longer there
/// (deleted by a later re-import): the link is flagged, never dropped.
struct Evidence {
    /// "account" is the hook for finance typology alerts (cite by account key).
    enum class Kind { Incident, Entity, Account, Source };
    Kind kind = Kind::Incident;
    QString key;
    QString label;
    QString sourceKey;
    QString sourceName;
    QString gradingScheme; ///< uk_3x5x2, uk_5x5x5, nato_admiralty, none
    QString sourceGrade;
    QString infoGrade;
    QString caveat; ///< the analyst's caveat when the grade is weak
    bool missing = false;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    /// "2/B (UK 3x5x2)" or "not graded".
    QString gradeText() const;
    /// Graded unreliable or suspected false under its scheme.
    bool isWeak() const;
    QJsonObject toJson() const;
    static Evidence fromJson(const QJsonObject& o);
};

/// One key judgement: a one-sentence statement, its yardstick term, the
/// analytic confidence with a line of rationale, and its evidence.
struct KeyJudgement {
    QString statement;
    QString term; ///< a Yardstick term
    QString confidence; ///< high, moderate, low
    QString rationale;
    std::vector<Evidence> evidence;
    bool generated = false; ///< written by the starter draft, not yet by an analyst
    /// The artefact checks a generated judgement passed ("why we can say
    /// this"): stored with it; none for an analyst's own or an older report.
    analysis::ClaimChecks checks;
};

/// A rich-text section (HTML body fragment).
struct Section {
    QString key; ///< scope, background, assessment, gaps, outlook
    QString title;
    QString html;
};

/// A figure: the image is kept apart (by SHA-256, see ReportStore) so
/// versions stay small; `personal` figures (link charts with names) are
/// withheld from redacted exports. `source` and `fingerprint` say what it
/// was made from, so it can be made again and known to be out of date.
struct Figure {
    QString imageSha;
    QString kind; ///< map, graph, timeline, chart
    QString caption; ///< the analyst's words (editable)
    QString filter; ///< the filter it was made for, in words
    QString dataDate;
    bool personal = false;
    /// {"filter": Filter::toJson(), "params": {...}}: the view it was drawn
    /// from (map frame and layers, chart kind, entities shown).
    QJsonObject source;
    /// DataFingerprint of the workspace when it was drawn.
    QString fingerprint;
    /// The workspace's data changed since it was drawn; set by
    /// ReportStore::checkFigures, never stored.
    bool stale = false;
    /// Why an exported copy goes without this figure's image (it may show
    /// records that may not go, and cannot be drawn again without them);
    /// set by sharing::ReportRelease on the copy that leaves, never stored.
    QString leftOut;
};

/// A checker finding the analyst dismissed, with the reason.
struct Dismissal {
    QString rule;
    QString where; ///< "judgement 2", "section assessment"
    QString text; ///< the flagged words
    QString reason;
    QString by;
    QString at;
};

/// A Key Judgement Report (DOMAIN.md §3): header, key judgements, sections,
/// figures and a sources annex derived from the evidence. A value type; the
/// workspace keeps every saved version of it (ReportStore).
class ReportDocument {
public:
    enum class Template { StandardKjr, RouteAssessment, TypologyBrief };

    qint64 id = 0; ///< 0 until stored
    int version = 0; ///< the stored version this was loaded from (0: never saved)
    QString title;
    QString reference;
    QString author;
    QDate date;
    QDate dataCutOff;
    Marking marking;
    bool generated = false;
    /// The probability language the report is written under: "phia" (the
    /// house standard, DOMAIN.md §2) or "icd203" for partners who use ICD 203.
    QString probabilityStandard = QStringLiteral("phia");
    std::vector<KeyJudgement> judgements;
    std::vector<Section> sections;
    std::vector<Figure> figures;
    std::vector<Dismissal> dismissals;
    /// Sources the generated numbers and figures draw on (every source of
    /// the incidents in the draft's window), besides those the judgements
    /// cite: Annex A lists both, so a reader sees every source behind the text.
    std::vector<Evidence> dataSources;
    /// PNG bytes of the figures by SHA-256 (hex); filled by ReportStore::load.
    QHash<QString, QByteArray> images;
    /// The workspace's audit chain head ("record:hash") when it was exported,
    /// printed in the export so a recipient can hold the sender to it; set by
    /// ReportExporter::write, never stored.
    QString auditHead;

    static ReportDocument fromTemplate(Template t);

    Section* section(const QString& key);
    const Section* section(const QString& key) const;
    /// Adds a PNG figure; returns its index.
    int addFigure(const QByteArray& png, const Figure& figure);

    /// One entry per source (by source key): those the judgements cite, in
    /// order of first citation, then the other dataSources.
    std::vector<Evidence> sourcesAnnex() const;
    /// Every evidence link flagged missing, as "judgement N: kind key".
    QStringList missingEvidence() const;

    QJsonObject toJson() const;
    static Result<ReportDocument> fromJson(const QJsonObject& o);
    /// A readable plain-text rendering, line by line, for version diffs.
    QStringList toLines() const;
    /// Plain text of an HTML fragment (as QTextDocument sees it).
    static QString plainText(const QString& html);
};

} // namespace waymark::reports
