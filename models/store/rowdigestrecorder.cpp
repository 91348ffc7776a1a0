#include "rowdigestrecorder.h"

#include "core/logging.h"
#include "store/rowdigest_p.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QRegularExpression>

// The pre-update hook's declarations are behind this switch; Debian's
// libsqlite3 is built with it (PRAGMA compile_options: ENABLE_PREUPDATE_HOOK).
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace waymark::store {

namespace {

enum class Affinity { Integer, Text, Blob, Real, Numeric };

/// A declared column type's affinity (SQLite's rules, in their order).
Affinity affinityOf(QByteArray type)
{
    type = type.toUpper();
    if (type.contains("INT"))
        return Affinity::Integer;
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return Affinity::Text;
    if (type.contains("BLOB") || type.isEmpty())
        return Affinity::Blob;
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return Affinity::Real;
    return Affinity::Numeric;
}

/// A value as bound to a statement or written in its SQL.
struct Bound {
    int type = -1; ///< SQLITE_INTEGER…SQLITE_NULL; -1 while not known
    qint64 integer = 0;
    double real = 0;
    std::string bytes;
};

/// Whether SQLite stores `v` in a column of affinity `a` as it is (a REAL
/// column's whole numbers aside, which the layout reads as floats as the
/// hook does). Where it might convert, the hook lays the row out instead:
/// text that could be a number in a numeric column, a whole float in an
/// integer one, a number in a text one, NaN (stored as NULL).
bool storedAsBound(const Bound& v, Affinity a)
{
    switch (v.type) {
    case SQLITE_NULL:
    case SQLITE_BLOB:
        return true;
    case SQLITE_INTEGER:
        return a != Affinity::Text;
    case SQLITE_FLOAT:
        if (std::isnan(v.real) || a == Affinity::Text)
            return false;
        return !((a == Affinity::Integer || a == Affinity::Numeric) && std::floor(v.real) == v.real
            && std::fabs(v.real) < 9.2e18);
    case SQLITE_TEXT: {
        if (a == Affinity::Text || a == Affinity::Blob)
            return true;
        const auto first = std::find_if(v.bytes.begin(), v.bytes.end(),
            [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'; });
        return first == v.bytes.end()
            || !(std::isdigit(static_cast<unsigned char>(*first)) || *first == '+' || *first == '-' || *first == '.');
    }
    default:
        return false;
    }
}

/// A literal in an INSERT's VALUES or a column's DEFAULT: NULL, a whole
/// number or a quoted string. Anything else (an expression, a float, a
/// function) is not read: the statement is left to the hook.
bool literal(QByteArray text, Bound& v)
{
    text = text.trimmed();
    if (text.isEmpty())
        return false;
    if (text.compare("NULL", Qt::CaseInsensitive) == 0) {
        v.type = SQLITE_NULL;
        return true;
    }
    static const QRegularExpression whole(QStringLiteral("^[+-]?[0-9]{1,18}$"));
    if (whole.match(QString::fromLatin1(text)).hasMatch()) {
        v.type = SQLITE_INTEGER;
        v.integer = text.toLongLong();
        return true;
    }
    if (text.size() >= 2 && text.startsWith('\'') && text.endsWith('\'')) {
        QByteArray inner = text.mid(1, text.size() - 2);
        if (QByteArray(inner).replace("''", "").contains('\''))
            return false; // more than one literal
        inner.replace("''", "'");
        v.type = SQLITE_TEXT;
        v.bytes.assign(inner.constData(), size_t(inner.size()));
        return true;
    }
    return false;
}

/// Splits a VALUES list at its top-level commas (not inside quotes or parentheses).
QList<QByteArray> splitValues(const QByteArray& list)
{
    QList<QByteArray> items;
    int depth = 0, start = 0;
    bool quoted = false;
    for (int i = 0; i < list.size(); ++i) {
        const char c = list.at(i);
        if (c == '\'')
            quoted = !quoted;
        else if (!quoted && c == '(')
            ++depth;
        else if (!quoted && c == ')')
            --depth;
        else if (!quoted && depth == 0 && c == ',') {
            items << list.mid(start, i - start);
            start = i + 1;
        }
    }
    items << list.mid(start);
    return items;
}

} // namespace

struct RowDigestRecorder::Private {
    struct Table {
        QByteArray name;
        std::vector<QByteArray> columns;
        std::vector<QByteArray> prefixes; ///< each column's name and the separator after it
        std::vector<Affinity> affinity;
        std::vector<QByteArray> defaults; ///< each column's DEFAULT as written, empty for none
        int rowidColumn = -1; ///< the INTEGER PRIMARY KEY, which is the rowid
        int extractColumn = -1;
        bool hooked = false; ///< rows arrive through the pre-update hook
        bool reported = false; ///< rows arrive through addRow()
        digest::Sum sum; ///< the hashing thread's, read after it has ended
    };

    Private(Workspace& workspace, qint64 extract)
        : ws(workspace)
        , extractId(extract)
    {
    }

    Workspace& ws;
    qint64 extractId;
    std::vector<Table> tables;

    /// An INSERT whose rows are laid out from the values bound to it, not
    /// read in the hook: SQLite's pre-update API costs about 180
    /// instructions a column (sqlite3_preupdate_new), a third of a CTDC
    /// import's thread. The hook still sees the row and gives its rowid.
    struct Insert final : StatementTap {
        Private* d = nullptr;
        Statement* statement = nullptr;
        size_t table = 0;
        std::vector<Bound> params; ///< by parameter, 1-based index - 1
        /// Per column of the table: the parameter index - 1 that fills it,
        /// kRowid, or kConstant (constants[c]: a literal or the DEFAULT).
        std::vector<int> source;
        std::vector<Bound> constants;
        static constexpr int kRowid = -1;
        static constexpr int kConstant = -2;
        bool seen = false;
        qint64 rowid = 0;

        void bound(int index, int type, qint64 integer, double real, std::string_view bytes) override
        {
            if (index < 1 || size_t(index) > params.size())
                return;
            Bound& v = params[size_t(index - 1)];
            v.type = type;
            v.integer = integer;
            v.real = real;
            if (type == SQLITE_TEXT || type == SQLITE_BLOB)
                v.bytes.assign(bytes.data(), bytes.size());
        }
        void cleared() override
        {
            for (Bound& v : params)
                v.type = SQLITE_NULL;
        }
        bool aboutToRun() override
        {
            const Table& t = d->tables[table];
            if (!t.hooked || d->skip)
                return false;
            for (size_t c = 0; c < source.size(); ++c) {
                if (source[c] >= 0 && !storedAsBound(params[size_t(source[c])], t.affinity[c]))
                    return false;
            }
            seen = false;
            d->skip = this;
            return true;
        }
        void ran() override
        {
            if (d->skip == this)
                d->skip = nullptr; // no row was written (ON CONFLICT DO NOTHING, an error)
            if (seen)
                d->layOut(*this);
            seen = false;
        }
        void detach(Statement* s) override
        {
            if (s == statement)
                statement = nullptr;
        }
    };
    std::vector<std::unique_ptr<Insert>> inserts;
    qint64 fromBindings = 0;
    Insert* skip = nullptr; ///< the insert running now, whose row the hook leaves to it
    Table* lastTable = nullptr; ///< what find() last found
    std::string row;
    bool recording = true;

    // The writing thread lays rows out; BLAKE2b runs on a second thread, fed
    // batches of rows, so hashing costs the import's thread nothing. Each
    // row in a batch: its table's index (2 bytes), +1 or -1 (1 byte), its
    // length (4 bytes), its bytes.
    static constexpr size_t kBatchBytes = 1 << 18;
    static constexpr size_t kMaxQueued = 64; ///< 16 MiB waiting at most
    std::string batch; ///< sized ahead; `used` bytes of it hold rows
    size_t used = 0;
    std::deque<std::string> queue;
    std::mutex mutex;
    std::condition_variable wake, notFull;
    bool closing = false;
    std::thread hasher;

    /// The table of that name, or null. Rows come table by table: the last
    /// one found is tried first.
    Table* find(const char* name)
    {
        if (lastTable && std::strcmp(lastTable->name.constData(), name) == 0)
            return lastTable;
        for (Table& t : tables) {
            if (std::strcmp(t.name.constData(), name) == 0)
                return lastTable = &t;
        }
        return nullptr;
    }

    /// Room for `n` more bytes of the batch at `used`.
    char* room(size_t n)
    {
        if (used + n > batch.size())
            batch.resize(std::max(batch.size() * 2, used + n));
        char* at = batch.data() + used;
        used += n;
        return at;
    }
    void put(const void* bytes, size_t n) { std::memcpy(room(n), bytes, n); }
    void send()
    {
        if (used == 0)
            return;
        batch.resize(used);
        if (hasher.joinable()) {
            std::unique_lock lock(mutex);
            notFull.wait(lock, [this] { return queue.size() < kMaxQueued; });
            queue.push_back(std::move(batch));
            lock.unlock();
            wake.notify_one();
        } else {
            hashRows(batch); // no second thread could be had
        }
        batch = std::string(kBatchBytes + 4096, '\0');
        used = 0;
    }
    void hashRows(const std::string& rows)
    {
        unsigned char hash[32];
        for (size_t at = 0; at + 7 <= rows.size();) {
            quint16 index;
            quint32 n;
            std::memcpy(&index, rows.data() + at, 2);
            const int sign = static_cast<signed char>(rows[at + 2]);
            std::memcpy(&n, rows.data() + at + 3, 4);
            digest::hashRow(std::string_view(rows).substr(at + 7, n), hash);
            tables[index].sum.add(hash, sign);
            at += 7 + n;
        }
    }
    void hashBatches()
    {
        for (;;) {
            std::unique_lock lock(mutex);
            wake.wait(lock, [this] { return closing || !queue.empty(); });
            if (queue.empty())
                return;
            const std::string rows = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            notFull.notify_one();
            hashRows(rows);
        }
    }
    /// Ends the hashing thread once every batch is hashed.
    void stop()
    {
        send();
        if (!hasher.joinable())
            return;
        {
            std::lock_guard lock(mutex);
            closing = true;
        }
        wake.notify_one();
        hasher.join();
    }

    /// Starts a row of `t` in the batch, to be added to (sign 1) or taken
    /// from (-1) the sum: the bytes digest::beginRow, appendFixed and
    /// appendBytes make, written straight into the batch. Returns where
    /// the row starts, for endRow().
    size_t beginRow(const Table& t, int sign)
    {
        const size_t start = used;
        const auto index = quint16(&t - tables.data());
        char* head = room(7 + size_t(t.name.size()) + 1);
        std::memcpy(head, &index, 2);
        head[2] = char(sign);
        std::memcpy(head + 7, t.name.constData(), size_t(t.name.size()));
        head[7 + t.name.size()] = '\x1e';
        return start;
    }
    /// One column's value; NULL is left out. A REAL column's whole numbers
    /// are floats, as a read gives them.
    void putValue(const Table& t, size_t c, int type, qint64 integer, double real, const void* bytes, int n)
    {
        if (type == SQLITE_NULL)
            return;
        const QByteArray& prefix = t.prefixes[c];
        if (type == SQLITE_FLOAT || type == SQLITE_INTEGER) {
            char value[8];
            if (type == SQLITE_INTEGER && t.affinity[c] == Affinity::Real) {
                type = SQLITE_FLOAT;
                real = double(integer);
            }
            if (type == SQLITE_FLOAT)
                std::memcpy(value, &real, 8);
            else
                std::memcpy(value, &integer, 8);
            char* at = room(size_t(prefix.size()) + 10);
            std::memcpy(at, prefix.constData(), size_t(prefix.size()));
            at += prefix.size();
            *at++ = char('0' + type);
            std::memcpy(at, value, 8);
            at[8] = '\x1e';
        } else {
            char* at = room(size_t(prefix.size()) + 6 + size_t(std::max(n, 0)));
            std::memcpy(at, prefix.constData(), size_t(prefix.size()));
            at += prefix.size();
            *at++ = char('0' + type);
            std::memcpy(at, &n, 4);
            if (n > 0)
                std::memcpy(at + 4, bytes, size_t(n));
            at[4 + std::max(n, 0)] = '\x1e';
        }
    }
    void endRow(size_t start)
    {
        const auto n = quint32(used - start - 7);
        std::memcpy(batch.data() + start + 3, &n, 4);
        if (used >= kBatchBytes)
            send();
    }

    /// Lays out the row the hook shows (new or old values) when it is the extract's.
    void take(Table& t, sqlite3* db, int (*get)(sqlite3*, int, sqlite3_value**), int sign)
    {
        sqlite3_value* v = nullptr;
        if (get(db, t.extractColumn, &v) != SQLITE_OK || !v || sqlite3_value_type(v) != SQLITE_INTEGER
            || sqlite3_value_int64(v) != extractId)
            return;
        const size_t start = beginRow(t, sign);
        for (size_t c = 0; c < t.columns.size(); ++c) {
            if (get(db, int(c), &v) != SQLITE_OK || !v)
                continue;
            const int type = sqlite3_value_type(v);
            if (type == SQLITE_INTEGER)
                putValue(t, c, type, sqlite3_value_int64(v), 0, nullptr, 0);
            else if (type == SQLITE_FLOAT)
                putValue(t, c, type, 0, sqlite3_value_double(v), nullptr, 0);
            else if (type != SQLITE_NULL)
                putValue(t, c, type, 0, 0, sqlite3_value_blob(v), sqlite3_value_bytes(v));
        }
        endRow(start);
    }

    /// Lays out the row an Insert wrote, from its values and the rowid the hook gave.
    void layOut(const Insert& in)
    {
        const Table& t = tables[in.table];
        const auto valueOf = [&in](size_t c) -> const Bound& {
            return in.source[c] >= 0 ? in.params[size_t(in.source[c])] : in.constants[c];
        };
        const Bound& extract = valueOf(size_t(t.extractColumn));
        if (extract.type != SQLITE_INTEGER || extract.integer != extractId)
            return;
        ++fromBindings;
        const size_t start = beginRow(t, 1);
        for (size_t c = 0; c < t.columns.size(); ++c) {
            if (in.source[c] == Insert::kRowid) {
                putValue(t, c, SQLITE_INTEGER, in.rowid, 0, nullptr, 0);
                continue;
            }
            const Bound& v = valueOf(c);
            putValue(t, c, v.type, v.integer, v.real, v.bytes.data(), int(v.bytes.size()));
        }
        endRow(start);
    }

    /// Taps `statement` when it is an INSERT INTO a table of the digest
    /// whose every column is a parameter, a literal, the rowid left to
    /// SQLite, or a literal DEFAULT, with at most ON CONFLICT … DO NOTHING
    /// after it. Anything else stays with the hook.
    void consider(Statement& statement)
    {
        if (statement.tap() || !statement.isValid())
            return;
        static const QRegularExpression shape(
            QStringLiteral("^\\s*INSERT\\s+INTO\\s+\"?(\\w+)\"?\\s*\\(([^()]*)\\)\\s*VALUES\\s*\\((.*)\\)\\s*"
                           "(?:ON\\s+CONFLICT\\b.*\\bDO\\s+NOTHING\\s*)?;?\\s*$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = shape.match(QString::fromUtf8(statement.sql()));
        if (!m.hasMatch())
            return;
        Table* t = find(m.captured(1).toUtf8().constData());
        if (!t || !t->hooked)
            return;
        const QList<QByteArray> names = m.captured(2).toUtf8().split(',');
        const QList<QByteArray> values = splitValues(m.captured(3).toUtf8());
        if (names.size() != values.size())
            return;
        auto in = std::make_unique<Insert>();
        in->d = this;
        in->statement = &statement;
        in->table = size_t(t - tables.data());
        in->source.assign(t->columns.size(), Insert::kConstant);
        in->constants.resize(t->columns.size());
        std::vector<bool> named(t->columns.size(), false);
        int params = 0;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QByteArray column = names[i].trimmed();
            const auto c = size_t(std::find(t->columns.begin(), t->columns.end(), column) - t->columns.begin());
            if (c >= t->columns.size() || named[c] || int(c) == t->rowidColumn)
                return;
            named[c] = true;
            if (values[i].trimmed() == "?")
                in->source[c] = params++;
            else if (!literal(values[i], in->constants[c]) || !storedAsBound(in->constants[c], t->affinity[c]))
                return;
        }
        if (params != statement.parameterCount())
            return;
        for (size_t c = 0; c < t->columns.size(); ++c) {
            if (named[c])
                continue;
            if (int(c) == t->rowidColumn) {
                in->source[c] = Insert::kRowid;
                continue;
            }
            Bound& v = in->constants[c];
            if (t->defaults[c].isEmpty())
                v.type = SQLITE_NULL;
            else if (!literal(t->defaults[c], v) || !storedAsBound(v, t->affinity[c]))
                return;
        }
        in->params.resize(size_t(params)); // not yet known: bound before the tap, they leave a run to the hook
        statement.setTap(in.get());
        inserts.push_back(std::move(in));
    }

    /// The taps come off every statement still there.
    void untapAll()
    {
        ws.setCachedStatementHook({});
        for (const auto& in : inserts) {
            if (in->statement && in->statement->tap() == in.get())
                in->statement->setTap(nullptr);
        }
        inserts.clear();
        skip = nullptr;
    }

    static void hook(
        void* self, sqlite3* db, int op, const char* database, const char* table, sqlite3_int64, sqlite3_int64 newRowid)
    {
        auto* d = static_cast<Private*>(self);
        if (std::strcmp(database, "main") != 0)
            return;
        Table* t = d->find(table);
        if (!t || !t->hooked)
            return;
        if (sqlite3_preupdate_count(db) != int(t->columns.size())) {
            // Not the shape read at the start: finish() reads this table back.
            t->hooked = false;
            return;
        }
        if (d->skip && op == SQLITE_INSERT && &d->tables[d->skip->table] == t) {
            d->skip->seen = true;
            d->skip->rowid = newRowid;
            d->skip = nullptr;
            return;
        }
        if (op == SQLITE_DELETE || op == SQLITE_UPDATE)
            d->take(*t, db, sqlite3_preupdate_old, -1);
        if (op == SQLITE_INSERT || op == SQLITE_UPDATE)
            d->take(*t, db, sqlite3_preupdate_new, 1);
    }
};

RowDigestRecorder::Value RowDigestRecorder::Value::ofInt(const char* column, qint64 v)
{
    return Value { column, SQLITE_INTEGER, v };
}

RowDigestRecorder::Value RowDigestRecorder::Value::ofText(const char* column, std::string_view v)
{
    return Value { column, SQLITE_TEXT, 0, 0, v };
}

RowDigestRecorder::RowDigestRecorder(Workspace& ws, qint64 extractId, const QStringList& reported)
    : d(std::make_unique<Private>(ws, extractId))
{
    for (const QString& name : digest::digestTables(ws)) {
        Private::Table t;
        t.name = name.toUtf8();
        Statement cols(ws.handle(),
            "SELECT name, type, dflt_value, pk, (SELECT count(*) FROM pragma_table_info(?1) WHERE pk > 0) "
            "FROM pragma_table_info(?1) ORDER BY cid");
        cols.bind(1, name);
        while (cols.next()) {
            t.columns.push_back(cols.text(0).toUtf8());
            t.prefixes.push_back(t.columns.back() + '\x1f');
            const QByteArray type = cols.text(1).toUtf8();
            t.affinity.push_back(affinityOf(type));
            t.defaults.push_back(cols.isNull(2) ? QByteArray() : cols.text(2).toUtf8());
            if (cols.int64(3) == 1 && cols.int64(4) == 1 && type.compare("INTEGER", Qt::CaseInsensitive) == 0)
                t.rowidColumn = int(t.columns.size()) - 1;
            if (t.columns.back() == "extract_id")
                t.extractColumn = int(t.columns.size()) - 1;
        }
        // A WITHOUT ROWID table has no rowid to select, and no hook.
        sqlite3_stmt* probe = nullptr;
        const QByteArray sql = "SELECT rowid FROM \"" + t.name + "\" LIMIT 0";
        const bool hasRowid
            = sqlite3_prepare_v2(ws.handle(), sql.constData(), int(sql.size()), &probe, nullptr) == SQLITE_OK;
        sqlite3_finalize(probe);
        t.reported = !hasRowid && reported.contains(name);
        t.hooked = hasRowid && t.extractColumn >= 0;
        d->tables.push_back(std::move(t));
    }
    d->batch.assign(Private::kBatchBytes + 4096, '\0');
    try {
        d->hasher = std::thread([p = d.get()] { p->hashBatches(); });
    } catch (const std::system_error&) {
        // Batches are then hashed on this thread as they fill.
    }
    sqlite3_preupdate_hook(ws.handle(), &Private::hook, d.get());
    ws.setCachedStatementHook([p = d.get()](Statement& statement) { p->consider(statement); });
}

RowDigestRecorder::~RowDigestRecorder()
{
    d->untapAll();
    if (d->recording)
        sqlite3_preupdate_hook(d->ws.handle(), nullptr, nullptr);
    d->stop();
}

qint64 RowDigestRecorder::rowsFromBindings() const
{
    return d->fromBindings;
}

void RowDigestRecorder::addRow(std::string_view table, std::initializer_list<Value> values)
{
    Private::Table* t = nullptr;
    for (Private::Table& candidate : d->tables) {
        if (candidate.reported && std::string_view(candidate.name.constData(), size_t(candidate.name.size())) == table)
            t = &candidate;
    }
    if (!t)
        return;
    // In the table's column order, as a row read back is.
    digest::beginRow(d->row, t->name);
    for (const QByteArray& column : t->columns) {
        for (const Value& v : values) {
            if (column != v.column || v.type == SQLITE_NULL)
                continue;
            if (v.type == SQLITE_INTEGER)
                digest::appendFixed(d->row, column, v.type, v.integer);
            else if (v.type == SQLITE_FLOAT)
                digest::appendFixed(d->row, column, v.type, v.real);
            else
                digest::appendBytes(d->row, column, v.type, v.bytes.data(), int(v.bytes.size()));
        }
    }
    const auto index = quint16(t - d->tables.data());
    const auto n = quint32(d->row.size());
    d->put(&index, 2);
    const char sign = 1;
    d->put(&sign, 1);
    d->put(&n, 4);
    d->put(d->row.data(), d->row.size());
    if (d->used >= Private::kBatchBytes)
        d->send();
}

QString RowDigestRecorder::finish()
{
    d->untapAll();
    if (d->recording) {
        sqlite3_preupdate_hook(d->ws.handle(), nullptr, nullptr);
        d->recording = false;
    }
    d->stop();
    qCDebug(lcStore, "row digest: %lld rows laid out from their bindings", d->fromBindings);
    QMap<QString, digest::Sum> sums;
    for (Private::Table& t : d->tables) {
        const QString name = QString::fromUtf8(t.name);
        if (t.hooked || t.reported) {
            sums.insert(name, t.sum);
            continue;
        }
        std::map<qint64, digest::Sum> read;
        digest::sumTable(d->ws, name, d->extractId, read);
        if (auto it = read.find(d->extractId); it != read.end())
            sums.insert(name, it->second);
    }
    return digest::textOf(sums);
}

} // namespace waymark::store
