#include "reportdocument.h"

#include "core/taxonomy.h"
#include "core/yardstick.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QTextDocument>

namespace waymark::reports {

namespace {

} // namespace

QString Marking::text() const
{
    return conditions.isEmpty() ? classification : classification + QStringLiteral(" — ") + conditions;
}

QString Evidence::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Incident:
        return QStringLiteral("incident");
    case Kind::Entity:
        return QStringLiteral("entity");
    case Kind::Account:
        return QStringLiteral("account");
    case Kind::Source:
        return QStringLiteral("source");
    }
    return {};
}

std::optional<Evidence::Kind> Evidence::kindFromName(const QString& name)
{
    for (Kind k : { Kind::Incident, Kind::Entity, Kind::Account, Kind::Source }) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString Evidence::gradeText() const
{
    if (sourceGrade.isEmpty() && infoGrade.isEmpty())
        return QCoreApplication::translate("ReportDocument", "not graded");
    QString scheme;
    if (gradingScheme == QLatin1String("uk_3x5x2"))
        scheme = QStringLiteral("UK 3x5x2");
    else if (gradingScheme == QLatin1String("uk_5x5x5"))
        scheme = QStringLiteral("UK 5x5x5");
    else if (gradingScheme == QLatin1String("nato_admiralty"))
        scheme = QStringLiteral("NATO Admiralty");
    const QString grade = sourceGrade + infoGrade;
    if (scheme.isEmpty())
        return grade;
    const QString meaning = Taxonomy::gradeMeaning(gradingScheme, sourceGrade, infoGrade);
    return meaning.isEmpty() ? QStringLiteral("%1 (%2)").arg(grade, scheme)
                             : QStringLiteral("%1 (%2: %3)").arg(grade, scheme, meaning);
}

bool Evidence::isWeak() const
{
    if (gradingScheme == QLatin1String("uk_3x5x2"))
        return sourceGrade == QLatin1String("3") || infoGrade == QLatin1String("E");
    if (gradingScheme == QLatin1String("uk_5x5x5"))
        return sourceGrade == QLatin1String("D") || infoGrade == QLatin1String("5");
    if (gradingScheme == QLatin1String("nato_admiralty"))
        return sourceGrade == QLatin1String("E") || infoGrade == QLatin1String("5");
    return false;
}

QJsonObject Evidence::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("key"), key },
        { QStringLiteral("label"), label } };
    auto put = [&](const char* name, const QString& v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(name), v);
    };
    put("sourceKey", sourceKey);
    put("sourceName", sourceName);
    put("scheme", gradingScheme);
    put("sourceGrade", sourceGrade);
    put("infoGrade", infoGrade);
    put("caveat", caveat);
    return o;
}

Evidence Evidence::fromJson(const QJsonObject& o)
{
    Evidence e;
    e.kind = kindFromName(o.value(QLatin1String("kind")).toString()).value_or(Kind::Incident);
    e.key = o.value(QLatin1String("key")).toString();
    e.label = o.value(QLatin1String("label")).toString();
    e.sourceKey = o.value(QLatin1String("sourceKey")).toString();
    e.sourceName = o.value(QLatin1String("sourceName")).toString();
    e.gradingScheme = o.value(QLatin1String("scheme")).toString();
    e.sourceGrade = o.value(QLatin1String("sourceGrade")).toString();
    e.infoGrade = o.value(QLatin1String("infoGrade")).toString();
    e.caveat = o.value(QLatin1String("caveat")).toString();
    return e;
}

ReportDocument ReportDocument::fromTemplate(Template t)
{
    ReportDocument d;
    d.date = QDate::currentDate();
    auto add = [&](const char* key, const QString& title, const QString& prompt) {
        d.sections.push_back(
            { QLatin1String(key), title, QStringLiteral("<p><i>%1</i></p>").arg(prompt.toHtmlEscaped()) });
    };
    switch (t) {
    case Template::StandardKjr:
        d.title = QCoreApplication::translate("ReportDocument", "Key Judgement Report");
        add("scope", QCoreApplication::translate("ReportDocument", "Scope"),
            QCoreApplication::translate(
                "ReportDocument", "The question, the period, the geography and the sources used."));
        add("background", QCoreApplication::translate("ReportDocument", "Background"),
            QCoreApplication::translate("ReportDocument", "What the reader needs to know first."));
        add("assessment", QCoreApplication::translate("ReportDocument", "Assessment"),
            QCoreApplication::translate("ReportDocument", "The argument, section by section, with figures."));
        add("gaps", QCoreApplication::translate("ReportDocument", "Intelligence gaps"),
            QCoreApplication::translate("ReportDocument", "What we do not know that would change the judgements."));
        add("outlook", QCoreApplication::translate("ReportDocument", "Outlook and recommendations"),
            QCoreApplication::translate(
                "ReportDocument", "Safeguarding opportunities, disruption, where partners should look."));
        break;
    case Template::RouteAssessment:
        d.title = QCoreApplication::translate("ReportDocument", "Route assessment");
        add("scope", QCoreApplication::translate("ReportDocument", "Scope"),
            QCoreApplication::translate("ReportDocument", "The route or corridor, the period and the sources used."));
        add("background", QCoreApplication::translate("ReportDocument", "Background"),
            QCoreApplication::translate("ReportDocument", "Origins, transit points and destinations known so far."));
        add("assessment", QCoreApplication::translate("ReportDocument", "Assessment"),
            QCoreApplication::translate("ReportDocument",
                "Volumes on the route, modes of transport, facilitators, changes over time; the route map."));
        add("gaps", QCoreApplication::translate("ReportDocument", "Intelligence gaps"),
            QCoreApplication::translate("ReportDocument", "Legs of the route we cannot see; sources we lack."));
        add("outlook", QCoreApplication::translate("ReportDocument", "Outlook and recommendations"),
            QCoreApplication::translate("ReportDocument", "Where to intervene along the route."));
        break;
    case Template::TypologyBrief:
        d.title = QCoreApplication::translate("ReportDocument", "Typology brief");
        add("scope", QCoreApplication::translate("ReportDocument", "Scope"),
            QCoreApplication::translate(
                "ReportDocument", "The typology, the accounts and period examined, the sources used."));
        add("background", QCoreApplication::translate("ReportDocument", "Background"),
            QCoreApplication::translate(
                "ReportDocument", "The financial red flags this typology shows (FinCEN, FATF)."));
        add("assessment", QCoreApplication::translate("ReportDocument", "Assessment"),
            QCoreApplication::translate("ReportDocument", "Accounts that match, with their scores and reasons."));
        add("gaps", QCoreApplication::translate("ReportDocument", "Intelligence gaps"),
            QCoreApplication::translate("ReportDocument", "Data we lack: banks, periods, account holders."));
        add("outlook", QCoreApplication::translate("ReportDocument", "Outlook and recommendations"),
            QCoreApplication::translate("ReportDocument", "What financial partners should look for."));
        break;
    }
    return d;
}

Section* ReportDocument::section(const QString& key)
{
    for (Section& s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const Section* ReportDocument::section(const QString& key) const
{
    return const_cast<ReportDocument*>(this)->section(key);
}

int ReportDocument::addFigure(const QByteArray& png, const Figure& figure)
{
    Figure f = figure;
    f.imageSha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    images.insert(f.imageSha, png);
    figures.push_back(f);
    return int(figures.size()) - 1;
}

std::vector<Evidence> ReportDocument::sourcesAnnex() const
{
    std::vector<Evidence> out;
    QSet<QString> seen;
    auto add = [&](const Evidence& e) {
        const QString key = e.kind == Evidence::Kind::Source ? e.key : e.sourceKey;
        if (key.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        Evidence s;
        s.kind = Evidence::Kind::Source;
        s.key = key;
        s.label = e.kind == Evidence::Kind::Source ? e.label : e.sourceName;
        s.sourceKey = key;
        s.sourceName = s.label;
        s.gradingScheme = e.gradingScheme;
        s.sourceGrade = e.sourceGrade;
        s.infoGrade = e.kind == Evidence::Kind::Source ? e.infoGrade : QString();
        s.missing = e.missing && e.kind == Evidence::Kind::Source;
        out.push_back(s);
    };
    for (const KeyJudgement& j : judgements) {
        for (const Evidence& e : j.evidence)
            add(e);
    }
    for (const Evidence& e : dataSources)
        add(e);
    return out;
}

QStringList ReportDocument::missingEvidence() const
{
    QStringList out;
    for (size_t j = 0; j < judgements.size(); ++j) {
        for (const Evidence& e : judgements[j].evidence) {
            if (e.missing)
                out << QCoreApplication::translate("ReportDocument", "judgement %1: %2 %3")
                           .arg(j + 1)
                           .arg(Evidence::kindName(e.kind), e.key);
        }
    }
    return out;
}

QJsonObject ReportDocument::toJson() const
{
    QJsonArray js;
    for (const KeyJudgement& j : judgements) {
        QJsonArray ev;
        for (const Evidence& e : j.evidence)
            ev.append(e.toJson());
        QJsonObject o { { QStringLiteral("statement"), j.statement }, { QStringLiteral("term"), j.term },
            { QStringLiteral("confidence"), j.confidence }, { QStringLiteral("rationale"), j.rationale },
            { QStringLiteral("generated"), j.generated }, { QStringLiteral("evidence"), ev } };
        // Only when there are checks, so reports without them store as before.
        if (!j.checks.isEmpty())
            o.insert(QStringLiteral("checks"), j.checks.toJson());
        js.append(o);
    }
    QJsonArray ss;
    for (const Section& s : sections)
        ss.append(QJsonObject { { QStringLiteral("key"), s.key }, { QStringLiteral("title"), s.title },
            { QStringLiteral("html"), s.html } });
    QJsonArray fs;
    for (const Figure& f : figures) {
        QJsonObject o { { QStringLiteral("image"), f.imageSha }, { QStringLiteral("kind"), f.kind },
            { QStringLiteral("caption"), f.caption }, { QStringLiteral("filter"), f.filter },
            { QStringLiteral("dataDate"), f.dataDate }, { QStringLiteral("personal"), f.personal } };
        if (!f.source.isEmpty())
            o.insert(QStringLiteral("source"), f.source);
        if (!f.fingerprint.isEmpty())
            o.insert(QStringLiteral("fingerprint"), f.fingerprint);
        fs.append(o);
    }
    QJsonArray sources;
    for (const Evidence& e : dataSources)
        sources.append(e.toJson());
    QJsonArray ds;
    for (const Dismissal& d : dismissals)
        ds.append(QJsonObject { { QStringLiteral("rule"), d.rule }, { QStringLiteral("where"), d.where },
            { QStringLiteral("text"), d.text }, { QStringLiteral("reason"), d.reason }, { QStringLiteral("by"), d.by },
            { QStringLiteral("at"), d.at } });
    return QJsonObject { { QStringLiteral("format"), 1 }, { QStringLiteral("title"), title },
        { QStringLiteral("reference"), reference }, { QStringLiteral("author"), author },
        { QStringLiteral("date"), date.toString(Qt::ISODate) },
        { QStringLiteral("dataCutOff"), dataCutOff.toString(Qt::ISODate) },
        { QStringLiteral("classification"), marking.classification },
        { QStringLiteral("conditions"), marking.conditions }, { QStringLiteral("generated"), generated },
        { QStringLiteral("judgements"), js }, { QStringLiteral("sections"), ss }, { QStringLiteral("figures"), fs },
        { QStringLiteral("dismissals"), ds }, { QStringLiteral("probabilityStandard"), probabilityStandard },
        { QStringLiteral("dataSources"), sources } };
}

Result<ReportDocument> ReportDocument::fromJson(const QJsonObject& o)
{
    if (o.value(QLatin1String("format")).toInt() != 1)
        return Error(
            QCoreApplication::translate("ReportDocument", "The report was written by a newer Waymark or is damaged."));
    ReportDocument d;
    d.title = o.value(QLatin1String("title")).toString();
    d.reference = o.value(QLatin1String("reference")).toString();
    d.author = o.value(QLatin1String("author")).toString();
    d.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
    d.dataCutOff = QDate::fromString(o.value(QLatin1String("dataCutOff")).toString(), Qt::ISODate);
    d.marking.classification = o.value(QLatin1String("classification")).toString();
    d.marking.conditions = o.value(QLatin1String("conditions")).toString();
    d.generated = o.value(QLatin1String("generated")).toBool();
    d.probabilityStandard = o.value(QLatin1String("probabilityStandard")).toString(QStringLiteral("phia"));
    for (const QJsonValue& v : o.value(QLatin1String("judgements")).toArray()) {
        const QJsonObject j = v.toObject();
        KeyJudgement k;
        k.statement = j.value(QLatin1String("statement")).toString();
        k.term = j.value(QLatin1String("term")).toString();
        k.confidence = j.value(QLatin1String("confidence")).toString();
        k.rationale = j.value(QLatin1String("rationale")).toString();
        k.generated = j.value(QLatin1String("generated")).toBool();
        for (const QJsonValue& e : j.value(QLatin1String("evidence")).toArray())
            k.evidence.push_back(Evidence::fromJson(e.toObject()));
        k.checks = analysis::ClaimChecks::fromJson(j.value(QLatin1String("checks")).toArray());
        d.judgements.push_back(std::move(k));
    }
    for (const QJsonValue& v : o.value(QLatin1String("sections")).toArray()) {
        const QJsonObject s = v.toObject();
        d.sections.push_back({ s.value(QLatin1String("key")).toString(), s.value(QLatin1String("title")).toString(),
            s.value(QLatin1String("html")).toString() });
    }
    for (const QJsonValue& v : o.value(QLatin1String("figures")).toArray()) {
        const QJsonObject f = v.toObject();
        Figure g;
        g.imageSha = f.value(QLatin1String("image")).toString();
        g.kind = f.value(QLatin1String("kind")).toString();
        g.caption = f.value(QLatin1String("caption")).toString();
        g.filter = f.value(QLatin1String("filter")).toString();
        g.dataDate = f.value(QLatin1String("dataDate")).toString();
        g.personal = f.value(QLatin1String("personal")).toBool();
        g.source = f.value(QLatin1String("source")).toObject();
        g.fingerprint = f.value(QLatin1String("fingerprint")).toString();
        d.figures.push_back(std::move(g));
    }
    for (const QJsonValue& v : o.value(QLatin1String("dataSources")).toArray())
        d.dataSources.push_back(Evidence::fromJson(v.toObject()));
    for (const QJsonValue& v : o.value(QLatin1String("dismissals")).toArray()) {
        const QJsonObject x = v.toObject();
        d.dismissals.push_back({ x.value(QLatin1String("rule")).toString(), x.value(QLatin1String("where")).toString(),
            x.value(QLatin1String("text")).toString(), x.value(QLatin1String("reason")).toString(),
            x.value(QLatin1String("by")).toString(), x.value(QLatin1String("at")).toString() });
    }
    return d;
}

QStringList ReportDocument::toLines() const
{
    QStringList l;
    l << QCoreApplication::translate("ReportDocument", "Title: %1").arg(title)
      << QCoreApplication::translate("ReportDocument", "Reference: %1").arg(reference)
      << QCoreApplication::translate("ReportDocument", "Author: %1").arg(author)
      << QCoreApplication::translate("ReportDocument", "Date: %1").arg(date.toString(Qt::ISODate))
      << QCoreApplication::translate("ReportDocument", "Data cut-off: %1").arg(dataCutOff.toString(Qt::ISODate))
      << QCoreApplication::translate("ReportDocument", "Marking: %1").arg(marking.text());
    for (size_t i = 0; i < judgements.size(); ++i) {
        const KeyJudgement& j = judgements[i];
        l << QCoreApplication::translate("ReportDocument", "Judgement %1: %2").arg(i + 1).arg(j.statement)
          << QCoreApplication::translate("ReportDocument", "Judgement %1 probability: %2")
                 .arg(i + 1)
                 .arg(Yardstick::describe(j.term, Yardstick::scaleOf(probabilityStandard)))
          << QCoreApplication::translate("ReportDocument", "Judgement %1 confidence: %2 — %3")
                 .arg(i + 1)
                 .arg(j.confidence, j.rationale);
        for (const analysis::CheckResult& c : j.checks.results)
            l << QCoreApplication::translate("ReportDocument", "Judgement %1 check: %2").arg(i + 1).arg(c.text());
        for (const Evidence& e : j.evidence)
            l << QCoreApplication::translate("ReportDocument", "Judgement %1 evidence: %2 %3 %4")
                     .arg(i + 1)
                     .arg(Evidence::kindName(e.kind), e.key, e.label);
    }
    for (const Section& s : sections) {
        const QStringList paras = plainText(s.html).split(QLatin1Char('\n'));
        for (const QString& p : paras)
            l << QStringLiteral("%1: %2").arg(s.title, p);
    }
    for (const Figure& f : figures)
        l << QCoreApplication::translate("ReportDocument", "Figure: %1 (%2)").arg(f.caption, f.imageSha.left(12));
    return l;
}

QString ReportDocument::plainText(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace waymark::reports
