#include "rowdigestrecorder.h"

#include "store/rowdigest_p.h"
#include "store/workspace.h"

// The pre-update hook's declarations are behind this switch; Debian's
// libsqlite3 is built with it (PRAGMA compile_options: ENABLE_PREUPDATE_HOOK).
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>
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
    std::string batch;
    std::deque<std::string> queue;
    std::mutex mutex;
    std::condition_variable wake, room;
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

    void push(const Table& t, int sign)
    {
        const auto index = quint16(&t - tables.data());
        const auto n = quint32(row.size());
        batch.append(reinterpret_cast<const char*>(&index), 2);
        batch += char(sign);
        batch.append(reinterpret_cast<const char*>(&n), 4);
        batch += row;
        if (batch.size() >= kBatchBytes)
            send();
    }
    void send()
    {
        if (batch.empty())
            return;
        std::unique_lock lock(mutex);
        room.wait(lock, [this] { return queue.size() < kMaxQueued; });
        queue.push_back(std::move(batch));
        batch = std::string();
        batch.reserve(kBatchBytes + 4096);
        lock.unlock();
        wake.notify_one();
    }
    void hashBatches()
    {
        unsigned char hash[32];
        for (;;) {
            std::unique_lock lock(mutex);
            wake.wait(lock, [this] { return closing || !queue.empty(); });
            if (queue.empty())
                return;
            const std::string rows = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            room.notify_one();
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
    }
    /// Ends the hashing thread once every batch is hashed.
    void stop()
    {
        if (!hasher.joinable())
            return;
        send();
        {
            std::lock_guard lock(mutex);
            closing = true;
        }
        wake.notify_one();
        hasher.join();
    }

    /// Lays out the row the hook shows (new or old values) when it is the
    /// extract's, to be added to (sign 1) or taken from (-1) the sum.
    void take(Table& t, sqlite3* db, int (*get)(sqlite3*, int, sqlite3_value**), int sign)
    {
        sqlite3_value* v = nullptr;
        if (get(db, t.extractColumn, &v) != SQLITE_OK || !v || sqlite3_value_type(v) != SQLITE_INTEGER
            || sqlite3_value_int64(v) != extractId)
            return;
        digest::beginRow(row, t.name);
        for (size_t c = 0; c < t.columns.size(); ++c) {
            if (get(db, int(c), &v) != SQLITE_OK || !v)
                continue;
            const int type = sqlite3_value_type(v);
            if (type == SQLITE_NULL)
                continue;
            if (type == SQLITE_FLOAT || (type == SQLITE_INTEGER && t.real[c]))
                digest::appendFixed(row, t.columns[c], SQLITE_FLOAT, sqlite3_value_double(v));
            else if (type == SQLITE_INTEGER)
                digest::appendFixed(row, t.columns[c], type, qint64(sqlite3_value_int64(v)));
            else
                digest::appendBytes(row, t.columns[c], type, sqlite3_value_blob(v), sqlite3_value_bytes(v));
        }
        push(t, sign);
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
    d->batch.reserve(Private::kBatchBytes + 4096);
    d->hasher = std::thread([p = d.get()] { p->hashBatches(); });
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
    d->push(*t, 1);
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
