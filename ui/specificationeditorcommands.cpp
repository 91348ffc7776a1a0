#include "specificationeditorcommands.h"

#include "specificationeditor.h"

#include <QUndoCommand>

#include <functional>

namespace waymark::ui::SpecEdits {

namespace {

/// One edit: what redo and undo do to the editor's specification.
class Edit : public QUndoCommand {
public:
    using Apply = std::function<void(ingest::ImportSpec&)>;
    Edit(SpecificationEditor* editor, const QString& text, Apply redo, Apply undo)
        : m_editor(editor)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
        setText(text);
    }
    void redo() override { m_editor->applyEdit(m_redo); }
    void undo() override { m_editor->applyEdit(m_undo); }

private:
    SpecificationEditor* m_editor;
    Apply m_redo, m_undo;
};

void putValue(ingest::ImportSpec& spec, int record, const QString& field, const ingest::SpecValue& v)
{
    QMap<QString, ingest::SpecValue>& fields = record < 0 ? spec.source : spec.records[size_t(record)].fields;
    if (v.isSet() || !v.defaultValue.isEmpty() || !v.lonColumn.isEmpty())
        fields.insert(field, v);
    else
        fields.remove(field);
}

} // namespace

bool Table::operator==(const Table& o) const
{
    if (missing != o.missing || delimiter != o.delimiter || headerRow != o.headerRow || description != o.description
        || when.size() != o.when.size())
        return false;
    for (int i = 0; i < when.size(); ++i)
        if (when.at(i).column != o.when.at(i).column || when.at(i).op != o.when.at(i).op
            || when.at(i).value != o.when.at(i).value)
            return false;
    return true;
}

QUndoCommand* setValue(SpecificationEditor* editor, int record, const QString& field, const ingest::SpecValue& value)
{
    const ingest::ImportSpec& spec = editor->spec();
    const auto& fields = record < 0 ? spec.source : spec.records[size_t(record)].fields;
    const ingest::SpecValue before = fields.value(field);
    const QString where = record < 0 ? SpecificationEditor::tr("source") : spec.records[size_t(record)].id;
    return new Edit(
        editor, SpecificationEditor::tr("Set %1 of %2").arg(field, where),
        [=](ingest::ImportSpec& s) { putValue(s, record, field, value); },
        [=](ingest::ImportSpec& s) { putValue(s, record, field, before); });
}

QUndoCommand* setRecord(SpecificationEditor* editor, int record, const ingest::SpecRecord& after, const QString& text)
{
    const ingest::SpecRecord before = editor->spec().records[size_t(record)];
    return new Edit(
        editor, text, [=](ingest::ImportSpec& s) { s.records[size_t(record)] = after; },
        [=](ingest::ImportSpec& s) { s.records[size_t(record)] = before; });
}

QUndoCommand* insertRecord(SpecificationEditor* editor, int index, const ingest::SpecRecord& record)
{
    return new Edit(
        editor, SpecificationEditor::tr("Add record %1").arg(record.id),
        [=](ingest::ImportSpec& s) { s.records.insert(s.records.begin() + index, record); },
        [=](ingest::ImportSpec& s) { s.records.erase(s.records.begin() + index); });
}

QUndoCommand* removeRecord(SpecificationEditor* editor, int index)
{
    const ingest::SpecRecord record = editor->spec().records[size_t(index)];
    return new Edit(
        editor, SpecificationEditor::tr("Remove record %1").arg(record.id),
        [=](ingest::ImportSpec& s) { s.records.erase(s.records.begin() + index); },
        [=](ingest::ImportSpec& s) { s.records.insert(s.records.begin() + index, record); });
}

Table tableOf(const ingest::ImportSpec& spec)
{
    return { spec.missing, spec.delimiter, spec.headerRow, spec.when, spec.description };
}

QUndoCommand* setTable(SpecificationEditor* editor, const Table& after, const QString& text)
{
    const Table before = tableOf(editor->spec());
    auto put = [](ingest::ImportSpec& s, const Table& t) {
        s.missing = t.missing;
        s.delimiter = t.delimiter;
        s.headerRow = t.headerRow;
        s.when = t.when;
        s.description = t.description;
    };
    return new Edit(
        editor, text, [=](ingest::ImportSpec& s) { put(s, after); }, [=](ingest::ImportSpec& s) { put(s, before); });
}

QUndoCommand* replace(SpecificationEditor* editor, const ingest::ImportSpec& after, const QString& text)
{
    const ingest::ImportSpec before = editor->spec();
    return new Edit(
        editor, text, [=](ingest::ImportSpec& s) { s = after; }, [=](ingest::ImportSpec& s) { s = before; });
}

} // namespace waymark::ui::SpecEdits
