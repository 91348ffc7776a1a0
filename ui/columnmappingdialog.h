#pragma once

#include "ingest/columnmapping.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLineEdit;
class QLabel;

namespace waymark::store {
class Workspace;
}

namespace waymark::ui {

/// Lets the analyst say, once per bank layout, which column of a sample
/// file holds the account, the date, the amount…, with the file's own header
/// to choose from, and saves it as a named preset in the workspace. The
/// columns are guessed from the header and the first rows' values
/// (ingest::ColumnGuesser), and the dialog says how sure each guess is.
class ColumnMappingDialog : public QDialog {
    Q_OBJECT
public:
    ColumnMappingDialog(store::Workspace* workspace, const QString& sampleFile, QWidget* parent = nullptr);

    ingest::ColumnMapping mapping() const;
    /// Validates and saves the preset; shows why not if it cannot.
    void accept() override;

private:
    void readHeader();
    void guess();

    store::Workspace* m_workspace;
    QString m_sampleFile;
    QLineEdit* m_name;
    QComboBox* m_delimiter;
    QComboBox* m_decimal;
    QLineEdit* m_dateFormat;
    QLineEdit* m_currency;
    QLineEdit* m_ownBank;
    QComboBox* m_timeUnit;
    QLineEdit* m_timeOrigin;
    QLabel* m_guess;
    QLabel* m_message;
    QMap<QString, QComboBox*> m_fields;
    QStringList m_header;
    QList<QStringList> m_sample; ///< the first rows, for the guess
    static constexpr int kSampleRows = 50;
};

} // namespace waymark::ui
