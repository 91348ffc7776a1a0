#pragma once

#include "ingest/importspec.h"

#include <QList>
#include <QString>

namespace waymark::ui::SpecText {

/// Helpers the specification editor's files share: how its parts read as text.

/// A target as the editor names it ("Route leg").
QString targetLabel(ingest::SpecTarget t);
/// "column = value; column ~ regex; column is empty" ⇄ conditions.
QString conditionsText(const QList<ingest::SpecCondition>& conditions);
/// The conditions in `text`. A part that is not one (no operator, a
/// comparison we do not have, a regular expression that does not compile,
/// no column) is left out and the first such is described in `error`.
QList<ingest::SpecCondition> parseConditions(const QString& text, QString* error = nullptr);
bool sameValue(const ingest::SpecValue& a, const ingest::SpecValue& b);
/// What a value reads, in a few words, for the fields table.
QString readsText(const ingest::SpecValue& v);
/// The value a spec gives a field of a record (by id), unset when none.
ingest::SpecValue guessedValue(const ingest::ImportSpec& spec, const QString& record, const QString& field);
/// A value's transforms, in a few words.
QString transformsText(const ingest::SpecValue& v);

} // namespace waymark::ui::SpecText
