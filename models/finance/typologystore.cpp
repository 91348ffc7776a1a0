#include "finance/typologystore.h"

#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace waymark::finance {

Result<std::vector<Typology>> TypologyStore::current(store::Workspace& ws)
{
    auto builtIn = TypologyReader::builtIn();
    if (!builtIn)
        return builtIn.error();
    std::vector<Typology> out = std::move(builtIn).value();
    for (Typology& t : out) {
        store::Statement& st = ws.cached(
            "SELECT data, id FROM typology_versions WHERE typology = ? ORDER BY version DESC, id DESC LIMIT 1");
        st.bind(1, t.id);
        if (!st.next()) {
            st.reset();
            continue;
        }
        const QByteArray data = st.text(0).toUtf8();
        const QString name = QStringLiteral("workspace:typology_versions/%1").arg(st.int64(1));
        st.reset();
        auto saved = TypologyReader::parse(data, name);
        if (!saved)
            return saved.error();
        t = std::move(saved).value();
    }
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

} // namespace waymark::finance
