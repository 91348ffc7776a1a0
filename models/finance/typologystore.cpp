#include "finance/typologystore.h"

#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>

#include <optional>

namespace waymark::finance {

namespace {

/// The earlier built-in versions this program knows (resources/typologies/earlier,
/// every content the built-in files have had), read once.
const std::vector<Typology>& earlierBuiltIns()
{
    static const std::vector<Typology> earlier = [] {
        std::vector<Typology> out;
        (void)TypologyReader::builtIn(); // brings the resources in
        const QDir dir(QStringLiteral(":/waymark/typologies/earlier"));
        for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            // A file an indicator since renamed no longer reads: it cannot
            // match a stored copy this program scores with either.
            if (auto t = TypologyReader::load(dir.filePath(name)))
                out.push_back(std::move(t).value());
        }
        return out;
    }();
    return earlier;
}

bool sameContent(Typology a, const Typology& b)
{
    a.version = b.version;
    return a == b;
}

struct StoredRow {
    qint64 id = 0;
    int version = 0;
    std::optional<Typology> typology; ///< empty when it no longer reads
};

Result<std::vector<StoredRow>> storedRows(store::Workspace& ws, const QString& typologyId)
{
    std::vector<StoredRow> rows;
    store::Statement& st = ws.cached("SELECT id, version, data FROM typology_versions WHERE typology = ? ORDER BY id");
    st.bind(1, typologyId);
    while (st.next()) {
        StoredRow r { st.int64(0), int(st.int64(1)), std::nullopt };
        auto t = TypologyReader::parse(st.text(2).toUtf8(), QStringLiteral("workspace:typology_versions/%1").arg(r.id));
        if (t)
            r.typology = std::move(t).value();
        rows.push_back(std::move(r));
    }
    if (Error e = st.error(); !e.isNull()) {
        st.reset();
        return e;
    }
    st.reset();
    return rows;
}

QString lr(double v)
{
    return QStringLiteral("×") + QString::number(v);
}

} // namespace

int TypologyStore::builtInVersionOf(const Typology& t)
{
    if (auto builtIn = TypologyReader::builtIn()) {
        for (const Typology& b : builtIn.value()) {
            if (b.id == t.id && sameContent(t, b))
                return b.version;
        }
    }
    for (const Typology& e : earlierBuiltIns()) {
        if (e.id == t.id && sameContent(t, e))
            return e.version;
    }
    return 0;
}

Result<std::vector<TypologyStore::Standing>> TypologyStore::standing(store::Workspace& ws)
{
    auto builtIn = TypologyReader::builtIn();
    if (!builtIn)
        return builtIn.error();
    std::vector<Standing> out;
    for (Typology& b : builtIn.value()) {
        Standing s;
        s.builtInVersion = b.version;
        auto read = storedRows(ws, b.id);
        if (!read)
            return read.error();
        const std::vector<StoredRow>* rows = &read.value();
        if (rows->empty()) {
            s.typology = std::move(b);
            out.push_back(std::move(s));
            continue;
        }
        // The latest copy: highest version, then latest saved.
        size_t latest = 0;
        for (size_t i = 1; i < rows->size(); ++i) {
            if ((*rows)[i].version >= (*rows)[latest].version)
                latest = i;
        }
        const StoredRow& cur = (*rows)[latest];
        if (!cur.typology) {
            // Report why it does not read, as before.
            store::Statement& st = ws.cached("SELECT data FROM typology_versions WHERE id = ?");
            st.bind(1, cur.id);
            const QByteArray data = st.next() ? st.text(0).toUtf8() : QByteArray();
            st.reset();
            auto again = TypologyReader::parse(data, QStringLiteral("workspace:typology_versions/%1").arg(cur.id));
            return again ? Error(QStringLiteral("typology_versions/%1").arg(cur.id)) : again.error();
        }
        s.storedVersion = cur.version;
        const int k = builtInVersionOf(*cur.typology);
        if (k > 0 && k < b.version) {
            s.origin = Standing::Origin::Upgraded;
            s.basedOn = k;
            s.changes = differences(*cur.typology, b);
            s.typology = std::move(b);
        } else if (k > 0) {
            s.typology = *cur.typology;
        } else {
            s.origin = Standing::Origin::Edited;
            // The edit started from the latest built-in copy stored before it,
            // or (none stored) from the version below the first edit.
            const Typology* base = nullptr;
            for (size_t i = latest; i-- > 0;) {
                if ((*rows)[i].typology && (s.basedOn = builtInVersionOf(*(*rows)[i].typology)) > 0) {
                    base = &*(*rows)[i].typology;
                    break;
                }
            }
            if (s.basedOn == 0)
                s.basedOn = std::max(0, rows->front().version - 1);
            if (s.newerBuiltIn()) {
                // What the built-in changed since the edit's starting point,
                // when this program still knows that version (the latest
                // content it had under that number).
                const bool stored = base != nullptr;
                for (const Typology& e : earlierBuiltIns()) {
                    if (!stored && e.id == b.id && e.version == s.basedOn)
                        base = &e;
                }
                s.changes = differences(base ? *base : *cur.typology, b);
            }
            s.typology = *cur.typology;
        }
        out.push_back(std::move(s));
    }
    return out;
}

Result<std::vector<Typology>> TypologyStore::current(store::Workspace& ws)
{
    auto standings = standing(ws);
    if (!standings)
        return standings.error();
    std::vector<Typology> out;
    out.reserve(standings->size());
    for (Standing& s : standings.value())
        out.push_back(std::move(s.typology));
    return out;
}

Result<int> TypologyStore::save(store::Workspace& ws, Typology t)
{
    auto now = current(ws);
    if (!now)
        return now.error();
    for (const Typology& c : now.value()) {
        if (c.id != t.id)
            continue;
        Typology same = t;
        same.version = c.version;
        if (same == c)
            return c.version; // nothing changed
        t.version = c.version + 1;
    }
    // Check the edit reads back as a valid typology before storing it.
    if (auto check = TypologyReader::parse(t.toJson(), t.id + QStringLiteral(".json")); !check)
        return check.error();
    store::Transaction tx(ws);
    if (!tx.isActive())
        return tx.error();
    if (auto id = ScoreRun::saveTypology(ws, t); !id)
        return id.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return t.version;
}

Result<int> TypologyStore::adoptBuiltIn(store::Workspace& ws, const QString& typologyId)
{
    auto standings = standing(ws);
    if (!standings)
        return standings.error();
    const Standing* s = nullptr;
    for (const Standing& x : standings.value()) {
        if (x.typology.id == typologyId)
            s = &x;
    }
    if (!s)
        return Error(QCoreApplication::translate("TypologyStore", "No typology %1 is built in.").arg(typologyId));
    if (s->origin != Standing::Origin::Edited)
        return s->typology.version; // already the built-in
    auto builtIn = TypologyReader::builtIn();
    if (!builtIn)
        return builtIn.error();
    Typology t;
    for (const Typology& b : builtIn.value()) {
        if (b.id == typologyId)
            t = b;
    }
    // The built-in as it is when that makes it the latest copy; otherwise
    // (the edits numbered past it, or its content stored before the edit:
    // one row per content) the same content under the next version number,
    // which builtInVersionOf() still knows as the built-in.
    store::Statement& st = ws.cached("SELECT max(version), sum(sha256 = ?) FROM typology_versions WHERE typology = ?");
    const QByteArray data = t.toJson();
    st.bind(1, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    st.bind(2, typologyId);
    const int maxStored = st.next() ? int(st.int64(0)) : 0;
    const bool stored = st.int64(1) > 0;
    st.reset();
    if (stored || maxStored > t.version)
        t.version = maxStored + 1;
    store::Transaction tx(ws);
    if (!tx.isActive())
        return tx.error();
    auto id = ScoreRun::saveTypology(ws, t);
    if (!id)
        return id.error();
    if (Status a
        = ws.audit().append(QStringLiteral("typology.adopt"), QStringLiteral("typology_versions/%1").arg(id.value()),
            QStringLiteral("%1 built-in version %2 over edited version %3, stored as version %4")
                .arg(typologyId)
                .arg(s->builtInVersion)
                .arg(s->storedVersion)
                .arg(t.version));
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return t.version;
}

std::vector<TypologyStore::Version> TypologyStore::history(store::Workspace& ws, const QString& typologyId)
{
    std::vector<Version> out;
    store::Statement& st
        = ws.cached("SELECT version, saved_at, saved_by FROM typology_versions WHERE typology = ? ORDER BY id");
    st.bind(1, typologyId);
    while (st.next())
        out.push_back({ int(st.int64(0)), st.text(1), st.text(2) });
    st.reset();
    return out;
}

QStringList TypologyStore::differences(const Typology& from, const Typology& to)
{
    QStringList out;
    if (from.prior != to.prior)
        out << QCoreApplication::translate("TypologyStore", "prior %1 → %2").arg(from.prior).arg(to.prior);
    auto find = [](const Typology& t, const QString& indicator) -> const TypologyWeight* {
        for (const TypologyWeight& w : t.weights) {
            if (w.indicator == indicator)
                return &w;
        }
        return nullptr;
    };
    for (const TypologyWeight& w : to.weights) {
        const TypologyWeight* old = find(from, w.indicator);
        if (!old) {
            out << QCoreApplication::translate("TypologyStore", "new indicator %1 (if it fires %2, if not %3)")
                       .arg(w.indicator, lr(w.hitLr), lr(w.missLr));
        } else if (old->hitLr != w.hitLr || old->missLr != w.missLr) {
            out << QCoreApplication::translate("TypologyStore", "%1: if it fires %2 → %3, if not %4 → %5")
                       .arg(w.indicator, lr(old->hitLr), lr(w.hitLr), lr(old->missLr), lr(w.missLr));
        }
    }
    for (const TypologyWeight& w : from.weights) {
        if (!find(to, w.indicator))
            out << QCoreApplication::translate("TypologyStore", "indicator %1 removed").arg(w.indicator);
    }
    if (from.name != to.name)
        out << QCoreApplication::translate("TypologyStore", "renamed to “%1”").arg(to.name);
    if (from.description != to.description)
        out << QCoreApplication::translate("TypologyStore", "description reworded");
    if (from.sources != to.sources)
        out << QCoreApplication::translate("TypologyStore", "sources: %1").arg(to.sources.join(QStringLiteral("; ")));
    return out;
}

} // namespace waymark::finance
