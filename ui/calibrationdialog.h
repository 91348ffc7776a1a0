#pragma once

#include "job.h"

#include <QDialog>

#include <memory>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QCustomPlot;

namespace waymark::finance {
struct RankingMetrics;
}

namespace waymark {
class Feedback;
}

namespace waymark::ui {

/// Calibrates the typologies against labelled accounts (known cases and
/// known clean): fits the weights by regularised logistic regression on a
/// worker thread and shows expert and fitted weights side by side, ROC and
/// precision–recall curves, precision at k and a calibration plot.
class CalibrationDialog : public QDialog {
    Q_OBJECT
public:
    explicit CalibrationDialog(const QString& workspacePath, QWidget* parent = nullptr);
    ~CalibrationDialog() override;

    void setLabelsFile(const QString& path);
    /// Runs the calibration; `finished` when done.
    void run();
    QString reportText() const;
    QTableWidget* weightsTable() const { return m_weights; }
    QCustomPlot* rocPlot() const { return m_roc; }

Q_SIGNALS:
    void finished(bool ok);

private:
    struct Outcome;
    void present(const Outcome& outcome);
    void plotCurves(QCustomPlot* plot, const finance::RankingMetrics& m, bool roc, const QString& name, QColor colour);

    QString m_path;
    QLineEdit* m_labels;
    QDoubleSpinBox* m_lambda;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_text;
    QTableWidget* m_weights;
    QCustomPlot* m_roc;
    QCustomPlot* m_pr;
    QCustomPlot* m_calibration;
    /// The running calibration, with its progress and cancel.
    Job<std::shared_ptr<Outcome>> m_job { this };
};

} // namespace waymark::ui
