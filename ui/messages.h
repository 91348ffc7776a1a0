#pragma once

#include "core/result.h"

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace waymark::ui {

/// Every message box of the workstation goes through here: errors show their
/// detail behind "Show Details…", questions default to the safe answer, and
/// tests answer them without a modal loop (setAnswerer).
class Messages {
public:
    /// What a box would show, for an answerer.
    struct Box {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString detail;
        /// The buttons offered beyond the standard ones, in order.
        QStringList choices;
    };
    /// Answers instead of a person: returns the standard button pressed, or
    /// for choose() the index of the choice (as an int) or -1.
    using Answerer = std::function<int(const Box&)>;
    /// Set by tests (empty to show boxes again). Not thread-safe: GUI thread only.
    static void setAnswerer(Answerer answerer);

    static void inform(QWidget* parent, const QString& title, const QString& text);
    static void warn(QWidget* parent, const QString& title, const QString& text, const QString& detail = {});
    static void warn(QWidget* parent, const QString& title, const Error& error);
    static void critical(QWidget* parent, const QString& title, const Error& error);
    /// Yes or No, No by default; true for Yes.
    static bool ask(QWidget* parent, const QString& title, const QString& text);
    /// Offers the choices and Cancel (the default): the index chosen, or -1.
    static int choose(
        QWidget* parent, QMessageBox::Icon icon, const QString& title, const Error& error, const QStringList& choices);

private:
    static int show(QWidget* parent, const Box& box, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);
};

} // namespace waymark::ui
