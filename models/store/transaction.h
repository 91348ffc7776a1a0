#pragma once

#include "core/result.h"

namespace waymark::store {

class Workspace;

/// Scope guard for one SQLite write transaction (BEGIN IMMEDIATE). Rolls
/// back unless commit() succeeded, so an early return, a cancel or a crash
/// leaves the workspace exactly as it was.
class Transaction {
public:
    explicit Transaction(Workspace& workspace);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether BEGIN succeeded; if not, error() says why.
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Workspace& m_workspace;
    bool m_active = false;
    Error m_error;
};

} // namespace waymark::store
