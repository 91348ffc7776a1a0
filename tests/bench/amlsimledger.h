#pragma once

// A ledger in IBM AMLSim's published output layout, generated for the
// validation benchmark (issue 19): transactions.csv (tran_id, orig_acct,
// bene_acct, tx_type, base_amt, tran_timestamp, is_sar, alert_id),
// accounts.csv (acct_id, is_sar, bank_id) and alert_accounts.csv (alert_id,
// alert_type, acct_id, is_sar), with AMLSim's alert typologies planted among
// background traffic that has its own innocent fan-in, fan-out, chains and
// loans. Also the reader of any folder in that layout.

#include <QHash>
#include <QString>
#include <QStringList>

namespace waymark::bench {

/// The background traffic's mix of innocent structures. `Tuned` is the mix
/// the structural indicators' thresholds were set against; `HeldOut` has
/// other proportions and parameters and two innocent structures the
/// thresholds never saw (rotating savings clubs and escrow agents), to test
/// the frozen thresholds honestly.
enum class Background { Tuned, HeldOut };

struct AmlsimOptions {
    int accounts = 5000;
    int days = 180;
    int alertsPerTypology = 12;
    quint64 seed = 19;
    Background background = Background::Tuned;
};

/// Writes the three files into `dir`; returns the number of transactions,
/// or -1 (with `why`) when a file cannot be written.
qint64 writeAmlsimLedger(const QString& dir, const AmlsimOptions& options, QString* why);

/// The labels of an AMLSim-layout folder: each suspicious account's alert
/// typology (from alert_accounts.csv, else "sar" for accounts in is_sar
/// transactions), and every account seen.
struct AmlsimLabels {
    QHash<QString, QString> typologyOf; ///< SAR account → alert type ("fan_in", …)
    QStringList accounts; ///< every account in transactions.csv
    QString timestampFormat; ///< "" for ISO 8601, or "yyyyMMdd"
};
bool readAmlsimLabels(const QString& dir, AmlsimLabels& labels, QString* why);

} // namespace waymark::bench
