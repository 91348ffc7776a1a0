#pragma once

#include "sharing/sharepackage.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

/// File ▸ Share with Hub…: what `waymark export share` builds, from the
/// window. The package holds what the shared filter selects (shown), with
/// the shipped share policy, optionally the k-anonymous aggregate table
/// (k, default 10). Then the one releasability dialog, then the file.
class ShareDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShareDialog(const analysis::AnalysisContext* context, QWidget* parent = nullptr);

    /// The package's options as chosen (the destination is set by the releasability dialog).
    sharing::SharePackage::Options options() const;
    void setAggregates(bool on, int k);

    /// The releasability dialog, then the package written to `path`; false
    /// when cancelled, refused or failed (the user is told why).
    static bool share(QWidget* parent, analysis::AnalysisContext* context,
        const sharing::SharePackage::Options& options, const QString& path);

private:
    const analysis::AnalysisContext* m_context;
    QCheckBox* m_aggregates;
    QSpinBox* m_k;
};

} // namespace waymark::ui
