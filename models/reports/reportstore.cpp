#include "reportstore.h"

#include "datafingerprint.h"
#include "store/auditlog.h"
#include "store/schema.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace waymark::reports {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString toJsonText(const ReportDocument& doc)
{
    return QString::fromUtf8(QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact));
}

Result<ReportDocument> parse(const QString& text)
{
    QJsonParseError e;
    const QJsonDocument j = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (!j.isObject())
        return Error(QCoreApplication::translate("ReportStore", "A stored report is damaged."), e.errorString());
    return ReportDocument::fromJson(j.object());
}

} // namespace

ReportStore::ReportStore(store::Workspace& workspace)
    : m_ws(workspace)
{
}

Status ReportStore::storeVersion(ReportDocument& doc, int version, const QString& note)
{
    const QString at = now();
    for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it) {
        store::Statement& img = m_ws.cached("INSERT OR IGNORE INTO report_images(sha256, png) VALUES(?,?)");
        img.bind(1, it.key()).bindBlob(2, std::string_view(it.value().constData(), size_t(it.value().size())));
        if (Status st = img.exec(); !st)
            return st;
    }
    store::Statement& v = m_ws.cached("INSERT INTO report_versions(report_id, version, saved_at, saved_by, note, data) "
                                      "VALUES(?,?,?,?,?,?)");
    ReportDocument stored = doc;
    stored.version = version;
    v.bind(1, doc.id)
        .bind(2, version)
        .bind(3, at)
        .bind(4, store::AuditLog::currentUser())
        .bindTextOrNull(5, note)
        .bind(6, toJsonText(stored));
    if (Status st = v.exec(); !st)
        return st;
    store::Statement& r = m_ws.cached(
        "UPDATE reports SET title = ?, reference = ?, generated = ?, current_version = ?, updated_at = ? WHERE id = ?");
    r.bind(1, doc.title)
        .bindTextOrNull(2, doc.reference)
        .bind(3, doc.generated ? 1 : 0)
        .bind(4, version)
        .bind(5, at)
        .bind(6, doc.id);
    if (Status st = r.exec(); !st)
        return st;
    if (Status st = store::Schema::indexReport(m_ws, doc.id, version); !st)
        return st;
    store::Statement& del = m_ws.cached("DELETE FROM report_evidence WHERE report_id = ?");
    if (Status st = del.bind(1, doc.id).exec(); !st)
        return st;
    store::Statement& ev
        = m_ws.cached("INSERT INTO report_evidence(report_id, judgement, kind, ref_key) VALUES(?,?,?,?)");
    for (size_t j = 0; j < doc.judgements.size(); ++j) {
        for (const Evidence& e : doc.judgements[j].evidence) {
            ev.bind(1, doc.id).bind(2, qint64(j + 1)).bind(3, Evidence::kindName(e.kind)).bind(4, e.key);
            if (Status st = ev.exec(); !st)
                return st;
        }
    }
    store::Statement& clear = m_ws.cached("DELETE FROM report_autosaves WHERE report_id = ?");
    if (Status st = clear.bind(1, doc.id).exec(); !st)
        return st;
    if (Status st = m_ws.audit().append(QStringLiteral("report.save"), QStringLiteral("report:%1").arg(doc.id),
            QStringLiteral("version %1: %2%3")
                .arg(version)
                .arg(doc.title, note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(note)));
        !st)
        return st;
    doc.version = version;
    return Ok {};
}

Result<qint64> ReportStore::create(ReportDocument& doc, const QString& note)
{
    store::Transaction tx(m_ws);
    if (!tx.isActive())
        return tx.error();
    const QString at = now();
    store::Statement& ins = m_ws.cached("INSERT INTO reports(title, created_at, updated_at) VALUES(?,?,?)");
    if (Status st = ins.bind(1, doc.title).bind(2, at).bind(3, at).exec(); !st)
        return st.error();
    doc.id = m_ws.lastInsertId();
    if (Status st = storeVersion(doc, 1, note); !st) {
        doc.id = 0;
        doc.version = 0;
        return st.error();
    }
    if (Status st = tx.commit(); !st)
        return st.error();
    return doc.id;
}

Result<int> ReportStore::save(ReportDocument& doc, const QString& note, QString* conflict)
{
    if (doc.id <= 0)
        return Error(QCoreApplication::translate("ReportStore", "This report has not been stored yet."));
    store::Transaction tx(m_ws);
    if (!tx.isActive())
        return tx.error();
    store::Statement& cur = m_ws.cached("SELECT current_version FROM reports WHERE id = ?");
    cur.bind(1, doc.id);
    if (!cur.next())
        return Error(QCoreApplication::translate("ReportStore", "Report %1 is not in this workspace.").arg(doc.id));
    const int current = int(cur.int64(0));
    cur.reset();
    const int before = doc.version;
    QString versionNote = note;
    QString message;
    if (current != doc.version) {
        // Saved elsewhere since this was opened: keep both, never overwrite.
        const QString said
            = QCoreApplication::translate("ReportStore", "edited from version %1 while version %2 was saved elsewhere")
                  .arg(before)
                  .arg(current);
        versionNote = note.isEmpty() ? said : QStringLiteral("%1; %2").arg(note, said);
        message = QCoreApplication::translate("ReportStore",
            "Report %1 was saved elsewhere (version %2) since you opened version %3. Nothing was overwritten: "
            "your text is saved as version %4 and theirs is kept as version %2. Compare them in the version "
            "history.")
                      .arg(doc.id)
                      .arg(current)
                      .arg(before)
                      .arg(current + 1);
    }
    if (Status st = storeVersion(doc, current + 1, versionNote); !st) {
        doc.version = before;
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        doc.version = before;
        return st.error();
    }
    if (conflict)
        *conflict = message;
    return doc.version;
}

Status ReportStore::loadImages(ReportDocument& doc)
{
    store::Statement& img = m_ws.cached("SELECT png FROM report_images WHERE sha256 = ?");
    for (const Figure& f : doc.figures) {
        if (doc.images.contains(f.imageSha))
            continue;
        img.bind(1, f.imageSha);
        if (img.next())
            doc.images.insert(f.imageSha, img.blob(0));
        img.reset();
    }
    return Ok {};
}

Result<ReportDocument> ReportStore::load(qint64 id, int version)
{
    store::Statement& q = m_ws.cached(
        "SELECT data, version FROM report_versions WHERE report_id = ?1 AND version = (CASE WHEN ?2 > 0 THEN ?2 ELSE "
        "(SELECT current_version FROM reports WHERE id = ?1) END)");
    q.bind(1, id).bind(2, version);
    if (!q.next()) {
        const Error e = q.error();
        q.reset();
        if (!e.isNull())
            return e;
        return Error(version > 0
                ? QCoreApplication::translate("ReportStore", "Report %1 has no version %2.").arg(id).arg(version)
                : QCoreApplication::translate("ReportStore", "Report %1 is not in this workspace.").arg(id));
    }
    const QString data = q.text(0);
    const int v = int(q.int64(1));
    q.reset();
    auto doc = parse(data);
    if (!doc)
        return doc.error();
    doc->id = id;
    doc->version = v;
    if (Status st = loadImages(doc.value()); !st)
        return st.error();
    if (Status st = resolveEvidence(doc.value()); !st)
        return st.error();
    if (Status st = checkFigures(doc.value()); !st)
        return st.error();
    return doc;
}

Result<std::vector<ReportStore::Summary>> ReportStore::list()
{
    std::vector<Summary> out;
    store::Statement& q = m_ws.cached(
        "SELECT id, title, coalesce(reference, ''), current_version, updated_at, generated FROM reports ORDER BY id");
    while (q.next())
        out.push_back({ q.int64(0), q.text(1), q.text(2), int(q.int64(3)), q.text(4), q.int64(5) != 0 });
    if (Error e = q.error(); !e.isNull())
        return e;
    return out;
}

Result<std::vector<ReportStore::VersionInfo>> ReportStore::versions(qint64 id)
{
    std::vector<VersionInfo> out;
    store::Statement& q = m_ws.cached("SELECT version, saved_at, coalesce(saved_by, ''), coalesce(note, '') FROM "
                                      "report_versions WHERE report_id = ? ORDER BY version");
    q.bind(1, id);
    while (q.next())
        out.push_back({ int(q.int64(0)), q.text(1), q.text(2), q.text(3) });
    if (Error e = q.error(); !e.isNull())
        return e;
    return out;
}

QString ReportStore::diff(const ReportDocument& from, const ReportDocument& to)
{
    const QStringList a = from.toLines();
    const QStringList b = to.toLines();
    const size_t n = size_t(a.size()), m = size_t(b.size());
    // Longest common subsequence of lines; reports are hundreds of lines at most.
    std::vector<std::vector<int>> l(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            l[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? l[i + 1][j + 1] + 1 : std::max(l[i + 1][j], l[i][j + 1]);
    }
    QStringList out;
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            ++i;
            ++j;
        } else if (i < n && (j == m || l[i + 1][j] >= l[i][j + 1])) {
            out << QStringLiteral("- ") + a[qsizetype(i++)]; // the old line first, then what replaced it
        } else {
            out << QStringLiteral("+ ") + b[qsizetype(j++)];
        }
    }
    return out.join(QLatin1Char('\n'));
}

Result<QString> ReportStore::diff(qint64 id, int fromVersion, int toVersion)
{
    auto a = load(id, fromVersion);
    if (!a)
        return a.error();
    auto b = load(id, toVersion);
    if (!b)
        return b.error();
    return diff(a.value(), b.value());
}

Status ReportStore::autosave(const ReportDocument& doc)
{
    if (doc.id <= 0)
        return Error(QCoreApplication::translate("ReportStore", "This report has not been stored yet."));
    for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it) {
        store::Statement& img = m_ws.cached("INSERT OR IGNORE INTO report_images(sha256, png) VALUES(?,?)");
        img.bind(1, it.key()).bindBlob(2, std::string_view(it.value().constData(), size_t(it.value().size())));
        if (Status st = img.exec(); !st)
            return st;
    }
    store::Statement& a = m_ws.cached(
        "INSERT OR REPLACE INTO report_autosaves(report_id, base_version, saved_at, data) VALUES(?,?,?,?)");
    return a.bind(1, doc.id).bind(2, doc.version).bind(3, now()).bind(4, toJsonText(doc)).exec();
}

Result<std::optional<ReportDocument>> ReportStore::autosaved(qint64 id)
{
    store::Statement& q = m_ws.cached("SELECT data, base_version FROM report_autosaves WHERE report_id = ?");
    q.bind(1, id);
    if (!q.next()) {
        const Error e = q.error();
        q.reset();
        if (!e.isNull())
            return e;
        return std::optional<ReportDocument>();
    }
    const QString data = q.text(0);
    const int base = int(q.int64(1));
    q.reset();
    auto doc = parse(data);
    if (!doc)
        return doc.error();
    doc->id = id;
    doc->version = base;
    loadImages(doc.value());
    if (Status st = resolveEvidence(doc.value()); !st)
        return st.error();
    if (Status st = checkFigures(doc.value()); !st)
        return st.error();
    return std::optional<ReportDocument>(std::move(doc.value()));
}

Result<QStringList> ReportStore::incidentKeys(const std::vector<qint64>& ids)
{
    store::Statement& key = m_ws.cached("SELECT coalesce(incident_key, '#' || id) FROM incidents WHERE id = ?");
    QStringList keys;
    for (qint64 id : ids) {
        key.bind(1, id);
        const bool found = key.next();
        if (found)
            keys << key.text(0);
        const Error e = key.error();
        key.reset();
        if (!found && !e.isNull())
            return e;
    }
    return keys;
}

Result<Evidence> ReportStore::evidence(Evidence::Kind kind, const QString& key)
{
    const char* sql = nullptr;
    switch (kind) {
    case Evidence::Kind::Incident:
        sql = "SELECT 'Incident ' || coalesce(i.incident_key, i.id) || coalesce(' · ' || i.date_text, '') || "
              "coalesce(' · ' || p.name, ''), s.source_key, s.name, s.grading_scheme, coalesce(s.source_grade, ''), "
              "coalesce(i.info_grade, s.info_grade, '') FROM incidents i JOIN sources s ON s.id = i.source_id "
              "LEFT JOIN places p ON p.id = i.place_id WHERE i.incident_key = ?1 OR (i.incident_key IS NULL AND "
              "'#' || i.id = ?1)";
        break;
    case Evidence::Kind::Entity:
        sql = "SELECT e.type || ': ' || e.label, s.source_key, s.name, s.grading_scheme, coalesce(s.source_grade, ''), "
              "coalesce(e.info_grade, s.info_grade, '') FROM entities e JOIN sources s ON s.id = e.source_id WHERE "
              "e.entity_key = ?1";
        break;
    case Evidence::Kind::Account:
        sql = "SELECT 'Account ' || a.account_key || coalesce(' · ' || a.bank, ''), s.source_key, s.name, "
              "s.grading_scheme, coalesce(s.source_grade, ''), coalesce(s.info_grade, '') FROM accounts a JOIN "
              "sources s ON s.id = a.source_id WHERE a.account_key = ?1";
        break;
    case Evidence::Kind::Source:
        sql = "SELECT s.name, s.source_key, s.name, s.grading_scheme, coalesce(s.source_grade, ''), "
              "coalesce(s.info_grade, '') FROM sources s WHERE s.source_key = ?1";
        break;
    }
    store::Statement& q = m_ws.cached(sql);
    q.bind(1, key);
    if (!q.next()) {
        const Error e = q.error();
        q.reset();
        if (!e.isNull())
            return e;
        return Error(QCoreApplication::translate("ReportStore", "No %1 with the key %2 in this workspace.")
                         .arg(Evidence::kindName(kind), key));
    }
    Evidence e;
    e.kind = kind;
    e.key = key;
    e.label = q.text(0);
    e.sourceKey = q.text(1);
    e.sourceName = q.text(2);
    e.gradingScheme = q.text(3);
    e.sourceGrade = q.text(4);
    e.infoGrade = q.text(5);
    q.reset();
    return e;
}

Status ReportStore::resolveEvidence(ReportDocument& doc)
{
    for (KeyJudgement& j : doc.judgements) {
        for (Evidence& e : j.evidence) {
            auto fresh = evidence(e.kind, e.key);
            if (!fresh) {
                e.missing = true;
                continue;
            }
            const QString caveat = e.caveat;
            e = fresh.value();
            e.caveat = caveat;
        }
    }
    for (Evidence& e : doc.dataSources) {
        if (auto fresh = evidence(e.kind, e.key))
            e = fresh.value();
        else
            e.missing = true;
    }
    return Ok {};
}

bool ReportStore::heldBack(const QString& sourceKey)
{
    store::Statement& q = m_ws.cached(
        "SELECT coalesce(s.tlp, x.handling, '') LIKE '%TLP:RED%' OR (s.grading_scheme = 'uk_5x5x5' AND "
        "s.handling_code = '5') FROM sources s LEFT JOIN extracts x ON x.id = s.extract_id WHERE s.source_key = ?");
    q.bind(1, sourceKey);
    const bool held = q.next() && q.int64(0) != 0;
    q.reset();
    return held;
}

Status ReportStore::checkFigures(ReportDocument& doc)
{
    if (doc.figures.empty())
        return Ok {};
    auto now = DataFingerprint::of(m_ws);
    if (!now)
        return now.error();
    for (Figure& f : doc.figures)
        f.stale = !f.fingerprint.isEmpty() && f.fingerprint != now.value();
    return Ok {};
}

Result<std::vector<qint64>> ReportStore::reportsCiting(Evidence::Kind kind, const QString& key)
{
    std::vector<qint64> out;
    store::Statement& q
        = m_ws.cached("SELECT DISTINCT report_id FROM report_evidence WHERE kind = ? AND ref_key = ? ORDER BY 1");
    q.bind(1, Evidence::kindName(kind)).bind(2, key);
    while (q.next())
        out.push_back(q.int64(0));
    if (Error e = q.error(); !e.isNull())
        return e;
    return out;
}

Status ReportStore::dismiss(ReportDocument& doc, const Dismissal& dismissal)
{
    if (dismissal.reason.trimmed().isEmpty())
        return Error(QCoreApplication::translate("ReportStore", "Say why the finding is dismissed."));
    Dismissal d = dismissal;
    if (d.by.isEmpty())
        d.by = store::AuditLog::currentUser();
    if (d.at.isEmpty())
        d.at = now();
    doc.dismissals.push_back(d);
    return m_ws.audit().append(QStringLiteral("report.dismiss"), QStringLiteral("report:%1").arg(doc.id),
        QStringLiteral("%1 at %2 (\"%3\"): %4").arg(d.rule, d.where, d.text, d.reason));
}

} // namespace waymark::reports
