#pragma once

#include "ingest/importspec.h"

#include <QString>

class QUndoCommand;

namespace waymark::ui {

class SpecificationEditor;

/// The edits of a specification, each one undo command on the editor's
/// stack. A command keeps the part it changes before and after (a value, a
/// record, the table settings), never the whole document, except where the
/// whole document is what changes (applying a guess, loading a version).
namespace SpecEdits {

/// Sets (or, with an unset value, clears) a field of a record; record -1 is the source block.
QUndoCommand* setValue(SpecificationEditor* editor, int record, const QString& field, const ingest::SpecValue& value);
/// Replaces a record's own settings (id, target, split, conditions, attributes) and fields.
QUndoCommand* setRecord(SpecificationEditor* editor, int record, const ingest::SpecRecord& after, const QString& text);
QUndoCommand* insertRecord(SpecificationEditor* editor, int index, const ingest::SpecRecord& record);
QUndoCommand* removeRecord(SpecificationEditor* editor, int index);
/// Reading the table: missing values, delimiter, row conditions, description.
struct Table {
    QStringList missing;
    char delimiter = 0;
    int headerRow = 0;
    QList<ingest::SpecCondition> when;
    QString description;
    bool operator==(const Table& o) const;
};
Table tableOf(const ingest::ImportSpec& spec);
QUndoCommand* setTable(SpecificationEditor* editor, const Table& after, const QString& text);
/// The whole specification at once: a guess applied, a version loaded, a file imported.
QUndoCommand* replace(SpecificationEditor* editor, const ingest::ImportSpec& after, const QString& text);

} // namespace SpecEdits

} // namespace waymark::ui
