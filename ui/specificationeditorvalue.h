#pragma once

#include "ingest/importspec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace waymark::ui {

/// Edits one value of a specification: where it comes from (a column, a
/// constant, a template, another record of the row) and its transforms
/// (date formats, value map, missing values, separators, place lookup,
/// default). Shows only what the field's kind uses; every change the user
/// makes is one `edited` signal with the whole new value.
class SpecificationEditorValue : public QWidget {
    Q_OBJECT
public:
    explicit SpecificationEditorValue(QWidget* parent = nullptr);

    /// Shows a value of a field (null field: a source field, read as text).
    void setValue(const QString& title, const ingest::SpecValue& value, const ingest::SpecField* field,
        const QStringList& header, const QStringList& records, const QStringList& choices = {});
    /// A line under the title (how the guess came to this value), hidden when empty.
    void setNote(const QString& note);
    /// Nothing selected.
    void clear();
    ingest::SpecValue value() const;

    // For tests: the widgets a user would use.
    QComboBox* sourceBox() const { return m_from; }
    QComboBox* columnBox() const { return m_column; }
    QComboBox* constantBox() const { return m_constant; }
    QLineEdit* dateFormatsEdit() const { return m_dateFormats; }
    QLineEdit* mapEdit() const { return m_map; }

    /// "a=b; c=d" ⇄ a value map.
    static QString mapText(const QMap<QString, QString>& map);
    static QMap<QString, QString> parseMap(const QString& text);

Q_SIGNALS:
    void edited(const ingest::SpecValue& value);

private:
    void emitEdited();
    void showRows();

    bool m_loading = false;
    ingest::SpecField::Kind m_kind = ingest::SpecField::Kind::Text;
    bool m_hasField = false;
    ingest::SpecValue m_value;
    QLabel* m_title;
    QLabel* m_note;
    QFormLayout* m_form;
    QComboBox* m_from;
    QComboBox* m_column;
    QComboBox* m_constant;
    QLineEdit* m_format;
    QComboBox* m_record;
    QLineEdit* m_dateFormats;
    QLineEdit* m_map;
    QCheckBox* m_strict;
    QLineEdit* m_missing;
    QLineEdit* m_separators;
    QComboBox* m_placeBy;
    QComboBox* m_lon;
    QComboBox* m_lat;
    QComboBox* m_country;
    QLineEdit* m_extract;
    QLineEdit* m_default;
    QCheckBox* m_required;
};

} // namespace waymark::ui
