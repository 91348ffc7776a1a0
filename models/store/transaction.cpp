#include "transaction.h"

#include "workspace.h"

namespace waymark::store {

Transaction::Transaction(Workspace& workspace)
    : m_workspace(workspace)
{
    // Nothing is written into a file before its structure check has passed.
    Status st = m_workspace.awaitCheck();
    if (st)
        st = m_workspace.exec("BEGIN IMMEDIATE");
    m_active = st.ok();
    if (!st)
        m_error = st.error();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.isNull() ? Error(QCoreApplication::translate("Transaction", "No transaction is open."))
                                : m_error;
    const Status st = m_workspace.exec("COMMIT");
    if (st)
        m_active = false;
    return st;
}

void Transaction::rollback()
{
    if (m_active) {
        m_workspace.exec("ROLLBACK");
        m_active = false;
    }
}

} // namespace waymark::store
