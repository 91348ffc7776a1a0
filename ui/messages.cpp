#include "messages.h"

#include <QPushButton>

namespace waymark::ui {

namespace {
Messages::Answerer& answerer()
{
    static Messages::Answerer a;
    return a;
}
} // namespace

void Messages::setAnswerer(Answerer a)
{
    answerer() = std::move(a);
}

int Messages::show(
    QWidget* parent, const Box& b, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (answerer())
        return answerer()(b);
    QMessageBox box(b.icon, b.title, b.text, buttons, parent);
    box.setDetailedText(b.detail);
    QList<QPushButton*> choices;
    for (const QString& choice : b.choices)
        choices << box.addButton(choice, QMessageBox::AcceptRole);
    box.setDefaultButton(defaultButton);
    const int pressed = box.exec();
    if (!b.choices.isEmpty())
        return int(choices.indexOf(qobject_cast<QPushButton*>(box.clickedButton())));
    return pressed;
}

void Messages::inform(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, { QMessageBox::Information, title, text, {}, {} }, QMessageBox::Ok, QMessageBox::Ok);
}

void Messages::warn(QWidget* parent, const QString& title, const QString& text, const QString& detail)
{
    show(parent, { QMessageBox::Warning, title, text, detail, {} }, QMessageBox::Ok, QMessageBox::Ok);
}

void Messages::warn(QWidget* parent, const QString& title, const Error& error)
{
    warn(parent, title, error.toString(), error.detail);
}

void Messages::critical(QWidget* parent, const QString& title, const Error& error)
{
    show(
        parent, { QMessageBox::Critical, title, error.toString(), error.detail, {} }, QMessageBox::Ok, QMessageBox::Ok);
}

bool Messages::ask(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, { QMessageBox::Question, title, text, {}, {} }, QMessageBox::Yes | QMessageBox::No,
               QMessageBox::No)
        == QMessageBox::Yes;
}

int Messages::choose(
    QWidget* parent, QMessageBox::Icon icon, const QString& title, const Error& error, const QStringList& choices)
{
    return show(
        parent, { icon, title, error.toString(), error.detail, choices }, QMessageBox::Cancel, QMessageBox::Cancel);
}

} // namespace waymark::ui
