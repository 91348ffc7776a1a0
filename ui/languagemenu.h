#pragma once

#include <QMenu>
#include <QPair>
#include <QString>

namespace waymark::ui {

/// View ▸ Language: the system's language, English, Français or Español.
/// The choice is kept in QSettings and applies at the next start, when the
/// translators are installed before any window exists; the menu says so.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    /// The language chosen ("en", "fr", "es"), or empty to follow the system
    /// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    static QString chosen();
    static void setChosen(const QString& language);
    /// The languages offered: code and name, each name in its own language.
    static QList<QPair<QString, QString>> languages();

private:
    void choose(const QString& language, const QString& name);
};

} // namespace waymark::ui
