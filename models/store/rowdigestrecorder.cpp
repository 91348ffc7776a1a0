#include "rowdigestrecorder.h"

#include "store/rowdigest_p.h"
#include "store/workspace.h"

// The pre-update hook's declarations are behind this switch; Debian's
// libsqlite3 is built with it (PRAGMA compile_options: ENABLE_PREUPDATE_HOOK).
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

#include <algorithm>
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

/// Whether a declared column type gives REAL affinity (SQLite's rules, in
/// their order). Such a column stores a whole number as an integer on disk
/// and reads it back as a float; the hook sees the stored integer.
bool realAffinity(QByteArray type)
{
    type = type.toUpper();
    if (type.contains("INT") || type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")
        || type.contains("BLOB") || type.isEmpty())
        return false;
    return type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB");
}

} // namespace

struct RowDigestRecorder::Private {
    struct Table {
        QByteArray name;
        std::vector<QByteArray> columns;
        std::vector<QByteArray> prefixes; ///< each column's name and the separator after it
        std::vector<bool> real;
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

    Table* find(const char* name)
    {
        for (Table& t : tables) {
            if (std::strcmp(t.name.constData(), name) == 0)
                return &t;
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

    /// Lays out the row the hook shows (new or old values) when it is the
    /// extract's, to be added to (sign 1) or taken from (-1) the sum: the
    /// bytes digest::beginRow, appendFixed and appendBytes make, written
    /// straight into the batch.
    void take(Table& t, sqlite3* db, int (*get)(sqlite3*, int, sqlite3_value**), int sign)
    {
        sqlite3_value* v = nullptr;
        if (get(db, t.extractColumn, &v) != SQLITE_OK || !v || sqlite3_value_type(v) != SQLITE_INTEGER
            || sqlite3_value_int64(v) != extractId)
            return;
        const size_t start = used;
        const auto index = quint16(&t - tables.data());
        char* head = room(7 + size_t(t.name.size()) + 1);
        std::memcpy(head, &index, 2);
        head[2] = char(sign);
        std::memcpy(head + 7, t.name.constData(), size_t(t.name.size()));
        head[7 + t.name.size()] = '\x1e';
        for (size_t c = 0; c < t.columns.size(); ++c) {
            if (get(db, int(c), &v) != SQLITE_OK || !v)
                continue;
            int type = sqlite3_value_type(v);
            if (type == SQLITE_NULL)
                continue;
            const QByteArray& prefix = t.prefixes[c];
            if (type == SQLITE_FLOAT || type == SQLITE_INTEGER) {
                char value[8];
                if (type == SQLITE_FLOAT || t.real[c]) {
                    type = SQLITE_FLOAT;
                    const double d = sqlite3_value_double(v);
                    std::memcpy(value, &d, 8);
                } else {
                    const qint64 i = sqlite3_value_int64(v);
                    std::memcpy(value, &i, 8);
                }
                char* at = room(size_t(prefix.size()) + 10);
                std::memcpy(at, prefix.constData(), size_t(prefix.size()));
                at += prefix.size();
                *at++ = char('0' + type);
                std::memcpy(at, value, 8);
                at[8] = '\x1e';
            } else {
                const void* bytes = sqlite3_value_blob(v);
                const int n = sqlite3_value_bytes(v);
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
        const auto n = quint32(used - start - 7);
        std::memcpy(batch.data() + start + 3, &n, 4);
        if (used >= kBatchBytes)
            send();
    }

    static void hook(
        void* self, sqlite3* db, int op, const char* database, const char* table, sqlite3_int64, sqlite3_int64)
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
        Statement cols(ws.handle(), "SELECT name, type FROM pragma_table_info(?) ORDER BY cid");
        cols.bind(1, name);
        while (cols.next()) {
            t.columns.push_back(cols.text(0).toUtf8());
            t.prefixes.push_back(t.columns.back() + '\x1f');
            t.real.push_back(realAffinity(cols.text(1).toUtf8()));
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
}

RowDigestRecorder::~RowDigestRecorder()
{
    if (d->recording)
        sqlite3_preupdate_hook(d->ws.handle(), nullptr, nullptr);
    d->stop();
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
    if (d->recording) {
        sqlite3_preupdate_hook(d->ws.handle(), nullptr, nullptr);
        d->recording = false;
    }
    d->stop();
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
