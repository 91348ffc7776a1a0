#pragma once

#include "network/moneyflow.h"

#include <QWidget>

#include <memory>

namespace waymark::ui {

/// One account's money flow: who paid into it (left), where its money went
/// (right), each counterparty's transfers aggregated with their total,
/// count and first and last dates, arrows as wide as the money. The largest
/// flows are drawn; the rest are counted in the caption.
class MoneyFlowView : public QWidget {
    Q_OBJECT
public:
    explicit MoneyFlowView(QWidget* parent = nullptr);

    /// Shows the account with this key from a loaded money-flow graph; false if it has no flows.
    bool setAccount(std::shared_ptr<const network::MoneyFlow> flow, const QString& accountKey);
    int shownIn() const { return int(m_in.size()); }
    int shownOut() const { return int(m_out.size()); }
    /// Opens a window with the account's money flow read from a workspace; errors in a message box.
    static void showFor(const QString& workspacePath, const QString& accountKey, QWidget* parent);

    static constexpr int maxPerSide = 12;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::shared_ptr<const network::MoneyFlow> m_flow;
    int m_account = -1;
    std::vector<int> m_in; ///< flow indices into the account, largest first
    std::vector<int> m_out;
    int m_hiddenIn = 0, m_hiddenOut = 0;
};

} // namespace waymark::ui
