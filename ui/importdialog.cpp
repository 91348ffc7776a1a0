#include "importdialog.h"

#include "analysis/analysiscontext.h"
#include "columnmappingdialog.h"
#include "core/feedback.h"
#include "ingest/columnmapping.h"
#include "ingest/importformats.h"
#include "ingest/importjob.h"
#include "ingest/importspec.h"
#include "ingest/specimporter.h"
#include "specificationeditor.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {
constexpr int kReadAsColumn = 1;
const QString kDefine = QStringLiteral("<new>");
const QString kFromFile = QStringLiteral("<file>");
/// A choice's value that names an import specification, not a bank mapping.
const QString kSpecPrefix = QStringLiteral("spec:");
} // namespace

QList<ImportDialog::ReadAs> ImportDialog::readAsChoices(store::Workspace* workspace)
{
    QList<ReadAs> choices { { tr("Detect automatically"), QString() } };
    if (workspace) {
        for (const QString& name : ingest::ColumnMapping::presetNames(*workspace))
            choices.append({ tr("Bank mapping: %1").arg(name), name });
        const QStringList presets = ingest::ColumnMapping::presetNames(*workspace);
        for (const QString& name : ingest::ImportSpec::names(*workspace)) {
            // A bank mapping is also kept as a specification: listed once, as the mapping.
            if (!presets.contains(name))
                choices.append({ tr("Specification: %1").arg(name), kSpecPrefix + name });
        }
    }
    return choices;
}

QString ImportDialog::fileFilter()
{
    return ingest::ImportFormats::fileDialogFilters().join(QStringLiteral(";;"));
}

ImportDialog::ImportDialog(analysis::AnalysisContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Import into workspace"));
    setObjectName(QStringLiteral("importDialog"));
    resize(820, 560);

    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("importFiles"));
    m_files->setColumnCount(2);
    m_files->setHeaderLabels({ tr("File"), tr("Read as") });
    m_files->setRootIsDecorated(false);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(kReadAsColumn, QHeaderView::ResizeToContents);
    m_files->header()->setStretchLastSection(false);
    m_files->setToolTip(tr("Hub extracts (folder or .zip), CTDC and bank CSV files, network files (GraphML, GEXF, "
                           "GML, Pajek, UCINET DL, adjacency matrices). Delete removes the selected files."));
    m_files->installEventFilter(this);
    m_files->setAccessibleName(tr("Files to import"));
    m_files->setAccessibleDescription(m_files->toolTip());
    m_addButton = new QPushButton(tr("Add &files…"), this);
    m_addButton->setObjectName(QStringLiteral("importAdd"));
    m_addButton->setToolTip(tr("Choose files to add to the list"));
    m_folderButton = new QPushButton(tr("Add extract f&older…"), this);
    m_folderButton->setToolTip(tr("Choose a hub extract folder to add to the list"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("importRemove"));
    m_removeButton->setToolTip(tr("Take the selected files off the list (Delete)"));
    m_clearButton = new QPushButton(tr("C&lear"), this);
    m_clearButton->setObjectName(QStringLiteral("importClear"));
    m_clearButton->setToolTip(tr("Empty the list"));
    m_defineButton = new QPushButton(tr("&Define a mapping…"), this);
    m_defineButton->setObjectName(QStringLiteral("importDefineMapping"));
    m_defineButton->setToolTip(tr("Say which column of the selected bank CSV file holds the account, the date, the "
                                  "amount…, save it as a preset and read the file with it"));
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addButton);
    fileButtons->addWidget(m_folderButton);
    fileButtons->addWidget(m_removeButton);
    fileButtons->addWidget(m_clearButton);
    fileButtons->addSpacing(12);
    fileButtons->addWidget(m_defineButton);
    // Issue 15: any table through an import specification, chosen per file.
    m_specButton = new QPushButton(tr("New &specification…"), this);
    m_specButton->setObjectName(QStringLiteral("importSpecification"));
    m_specButton->setToolTip(tr("Map the selected table's columns to incidents, places, people… and save it"));
    fileButtons->addWidget(m_specButton);
    connect(m_specButton, &QPushButton::clicked, this, &ImportDialog::editSpecification);
    fileButtons->addStretch();
    auto* filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(m_clearButton, &QPushButton::clicked, this, &ImportDialog::clear);
    connect(m_defineButton, &QPushButton::clicked, this, &ImportDialog::defineMappingForSelected);
    connect(m_files, &QTreeWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);

    m_keepGoing = new QCheckBox(tr("&Keep going: import valid rows, keep rejected rows in quarantine"), this);
    m_keepGoing->setObjectName(QStringLiteral("importKeepGoing"));
    m_keepGoing->setToolTip(
        tr("Without this, one bad row stops the import of its file and the workspace stays as it was."));
    m_keepGoing->setChecked(QSettings().value(QStringLiteral("import/keepGoing"), false).toBool());

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(tr("Add files, then Import."), this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("The summary and every rejected row (file:line:column: reason) appear here."));
    m_report->setAccessibleName(tr("Import report"));
    m_report->setAccessibleDescription(m_report->placeholderText());

    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importStart"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setObjectName(QStringLiteral("importCancel"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_folderButton, &QPushButton::clicked, this, &ImportDialog::chooseFolder);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Files to import:"), this));
    layout->addLayout(filesRow);
    layout->addWidget(m_keepGoing);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);

    m_job.onProgress([this](double fraction, const QString& status) {
        m_progress->setValue(int(fraction * 1000));
        if (!status.isEmpty())
            m_status->setText(status);
    });
    m_job.onFinished([this](Result<QList<ingest::ImportSummary>> summaries) { done(std::move(summaries).value()); });
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::addFiles(const QStringList& paths)
{
    // Files given before the dialog opens (dropped on the window) start a fresh list too.
    if (m_clearOnShow && !isVisible() && !isRunning())
        clear();
    m_clearOnShow = false;
    const QStringList listed = files();
    const QList<ReadAs> choices = readAsChoices(m_context->workspace());
    for (const QString& p : paths) {
        if (listed.contains(p) || !m_files->findItems(p, Qt::MatchExactly).isEmpty())
            continue;
        auto* item = new QTreeWidgetItem(m_files, { p });
        item->setToolTip(0, p);
        auto* combo = new QComboBox(m_files);
        combo->setObjectName(QStringLiteral("importReadAs"));
        combo->setToolTip(tr("How to read this file: detected from its name and first line, with an import "
                             "specification, or with a bank column mapping"));
        for (const ReadAs& c : choices)
            combo->addItem(c.label, c.value);
        combo->addItem(tr("Define a mapping…"), kDefine);
        combo->addItem(tr("From a mapping file…"), kFromFile);
        connect(combo, &QComboBox::activated, this, [this, combo](int index) { readAsActivated(combo, index); });
        m_files->setItemWidget(item, kReadAsColumn, combo);
        describeDetection(combo, p);
    }
    updateButtons();
}

void ImportDialog::describeDetection(QComboBox* combo, const QString& path)
{
    // What "Detect automatically" will do with a table no reader knows, said
    // before Import: the saved specification of its kind, or that it needs one.
    combo->setItemText(0, readAsChoices(nullptr).front().label);
    combo->setItemData(0, QVariant(), Qt::ToolTipRole);
    store::Workspace* ws = m_context->workspace();
    if (!ws || !ingest::ImportJob::needsSpecification(path))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QStringList saved = ingest::SpecImporter::specsReading(*ws, path);
    QApplication::restoreOverrideCursor();
    QString text, tip;
    if (saved.size() == 1) {
        text = tr("Detect automatically: specification %1").arg(saved.front());
        tip = tr("No built-in reader knows this table; the saved specification %1 is the only one whose columns it "
                 "has, and will read it.")
                  .arg(saved.front());
    } else if (saved.isEmpty()) {
        text = tr("Detect automatically: needs a specification");
        tip = tr("No built-in reader and no saved specification knows this table: choose or define an import "
                 "specification (bank transactions: a column mapping), or the import refuses it.");
    } else {
        text = tr("Detect automatically: choose one of %n specifications", nullptr, int(saved.size()));
        tip = tr("These saved specifications all read this table: %1. Choose the one to use.")
                  .arg(saved.join(QStringLiteral(", ")));
    }
    combo->setItemText(0, text);
    combo->setItemData(0, tip, Qt::ToolTipRole);
}

QStringList ImportDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i)
        out << m_files->topLevelItem(i)->text(0);
    return out;
}

QComboBox* ImportDialog::readAsCombo(int row) const
{
    QTreeWidgetItem* item = m_files->topLevelItem(row);
    return item ? qobject_cast<QComboBox*>(m_files->itemWidget(item, kReadAsColumn)) : nullptr;
}

QString ImportDialog::readAs(int row) const
{
    const QComboBox* combo = readAsCombo(row);
    return combo ? combo->currentData().toString() : QString();
}

void ImportDialog::setReadAs(int row, const QString& value)
{
    QComboBox* combo = readAsCombo(row);
    if (!combo)
        return;
    int index = combo->findData(value);
    if (index < 0) {
        // A mapping made or opened just now: every file's choice offers it.
        const QString label = value.startsWith(kSpecPrefix) ? tr("Specification: %1").arg(value.mid(kSpecPrefix.size()))
            : QFileInfo(value).suffix() == QLatin1String("json")
            ? tr("Mapping file: %1").arg(QFileInfo(value).fileName())
            : tr("Bank mapping: %1").arg(value);
        for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
            QComboBox* c = readAsCombo(i);
            if (c && c->findData(value) < 0)
                c->insertItem(c->findData(kDefine), label, value);
        }
        index = combo->findData(value);
    }
    combo->setCurrentIndex(index);
}

void ImportDialog::readAsActivated(QComboBox* combo, int index)
{
    const QString what = combo->itemData(index).toString();
    if (what != kDefine && what != kFromFile)
        return;
    int row = -1;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        if (readAsCombo(i) == combo)
            row = i;
    }
    combo->setCurrentIndex(0);
    if (row < 0)
        return;
    if (what == kDefine) {
        m_files->setCurrentItem(m_files->topLevelItem(row));
        defineMappingForSelected();
        return;
    }
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Column mapping"), QString(), tr("Column mappings (*.json)"));
    if (!file.isEmpty())
        setReadAs(row, file);
}

QTreeWidgetItem* ImportDialog::pointedFile() const
{
    // The file the analyst points at: the current one, else the only one.
    QTreeWidgetItem* item = m_files->currentItem();
    const QList<QTreeWidgetItem*> selected = m_files->selectedItems();
    if (!selected.isEmpty() && !selected.contains(item))
        item = selected.first();
    if (!item && m_files->topLevelItemCount() == 1)
        item = m_files->topLevelItem(0);
    return item;
}

void ImportDialog::defineMappingForSelected()
{
    QTreeWidgetItem* item = pointedFile();
    if (!item) {
        m_status->setText(tr("Select the bank's CSV file first: the mapping is made from its header and rows."));
        return;
    }
    const QString sample = item->text(0);
    if (QFileInfo(sample).isDir()) {
        m_status->setText(tr("%1 is a folder: a mapping is made from a bank's CSV file.").arg(sample));
        return;
    }
    ColumnMappingDialog dialog(m_context->workspace(), sample, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setReadAs(m_files->indexOfTopLevelItem(item), dialog.mapping().name);
}

void ImportDialog::removeSelected()
{
    if (isRunning())
        return;
    qDeleteAll(m_files->selectedItems());
    updateButtons();
}

void ImportDialog::clear()
{
    if (isRunning())
        return;
    m_files->clear();
    m_report->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Add files, then Import."));
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool running = isRunning();
    const bool any = m_files->topLevelItemCount() > 0;
    m_importButton->setEnabled(!running && any);
    m_removeButton->setEnabled(!running && !m_files->selectedItems().isEmpty());
    m_clearButton->setEnabled(!running && any);
    m_defineButton->setEnabled(!running && any);
    m_specButton->setEnabled(!running && any);
    QTreeWidgetItem* item = m_files->currentItem();
    m_specButton->setText(item && readAs(m_files->indexOfTopLevelItem(item)).startsWith(kSpecPrefix)
            ? tr("Edit &specification…")
            : tr("New &specification…"));
}

void ImportDialog::editSpecification()
{
    QTreeWidgetItem* item = pointedFile();
    if (!item) {
        m_status->setText(tr("Select a table first: a specification is made on its columns."));
        return;
    }
    const QString file = item->text(0);
    if (QFileInfo(file).isDir() || file.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        m_status->setText(tr("A hub extract needs no specification."));
        return;
    }
    const int row = m_files->indexOfTopLevelItem(item);
    const QString current = readAs(row);
    SpecificationEditor editor(m_context->workspace(), file,
        current.startsWith(kSpecPrefix) ? current.mid(kSpecPrefix.size()) : QString(), this);
    connect(&editor, &SpecificationEditor::saved, this, [this, row, file](const QString& name, int version) {
        // The other files' detection may now find this specification.
        for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
            if (QComboBox* c = readAsCombo(i))
                describeDetection(c, m_files->topLevelItem(i)->text(0));
        }
        setReadAs(row, kSpecPrefix + name);
        m_files->setCurrentItem(m_files->topLevelItem(row));
        m_status->setText(tr("%1 will be read with the specification %2 (version %3).")
                              .arg(QFileInfo(file).fileName(), name)
                              .arg(version));
        updateButtons();
    });
    editor.exec();
}

void ImportDialog::showEvent(QShowEvent* event)
{
    if (m_clearOnShow)
        clear();
    m_clearOnShow = false;
    QDialog::showEvent(event);
}

void ImportDialog::hideEvent(QHideEvent* event)
{
    // The next time it opens, the list starts empty.
    if (!isRunning())
        m_clearOnShow = true;
    QDialog::hideEvent(event);
}

bool ImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_files && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::chooseFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import files"), settings.value(QStringLiteral("import/lastDir")).toString(), fileFilter());
    if (!files.isEmpty())
        settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(files.first()).absolutePath());
    addFiles(files);
}

void ImportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Hub extract folder"));
    if (!dir.isEmpty())
        addFiles({ dir });
}

bool ImportDialog::isRunning() const
{
    return m_job.isRunning();
}

void ImportDialog::setRunning(bool running)
{
    m_addButton->setEnabled(!running);
    m_folderButton->setEnabled(!running);
    m_keepGoing->setEnabled(!running);
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        if (QComboBox* c = readAsCombo(i))
            c->setEnabled(!running);
    }
    m_cancelButton->setText(running ? tr("&Cancel") : tr("&Close"));
    m_cancelButton->setToolTip(running ? tr("Stop; the workspace stays as it was before this file") : QString());
    updateButtons();
}

void ImportDialog::start()
{
    if (isRunning() || !m_context->workspace() || m_files->topLevelItemCount() == 0)
        return;
    // Each file with its own way of reading it.
    QList<QPair<QString, QString>> files;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i)
        files.append({ m_files->topLevelItem(i)->text(0), readAs(i) });
    ingest::ImportOptions options;
    options.keepGoing = m_keepGoing->isChecked();
    QSettings().setValue(QStringLiteral("import/keepGoing"), options.keepGoing);
    const QString path = m_context->workspacePath();

    m_report->clear();
    m_progress->setValue(0);
    // One connection per thread: the worker opens its own. A workspace that
    // cannot be opened is reported as the summary of a failed file.
    m_job.start([path, files, options](Feedback& feedback) -> Result<QList<ingest::ImportSummary>> {
        QList<ingest::ImportSummary> out;
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws) {
            ingest::ImportSummary s;
            s.file = path;
            s.error = ws.error();
            out << s;
            return out;
        }
        for (const auto& [f, readAs] : files) {
            if (feedback.isCanceled()) {
                // Every file gets its line in the report, those never started too.
                ingest::ImportSummary s;
                s.file = QFileInfo(f).fileName();
                s.outcome = ingest::ImportSummary::Outcome::Canceled;
                out << s;
                continue;
            }
            ingest::ImportOptions fileOptions = options;
            if (readAs.startsWith(kSpecPrefix))
                fileOptions.spec = readAs.mid(kSpecPrefix.size());
            else
                fileOptions.mapping = readAs;
            out << ingest::ImportJob::run(*ws.value(), f, fileOptions, feedback);
        }
        return out;
    });
    setRunning(true);
}

void ImportDialog::done(QList<ingest::ImportSummary> summaries)
{
    m_summaries = std::move(summaries);
    bool changed = false;
    QStringList text;
    for (const ingest::ImportSummary& s : std::as_const(m_summaries)) {
        text << s.toText();
        for (const Error& e : s.problems)
            text << QStringLiteral("  ") + e.toString();
        if (s.rowsQuarantined > s.problems.size())
            text << tr("  … and %1 more rejected rows").arg(s.rowsQuarantined - s.problems.size());
        changed |= s.changedWorkspace();
    }
    m_report->setPlainText(text.join(QLatin1Char('\n')));
    m_status->setText(m_job.feedback()->isCanceled()
            ? tr("Canceled; the workspace is as it was before the canceled file.")
            : tr("Done."));
    m_progress->setValue(1000);
    // What is in the workspace now leaves the list, so Import never runs it
    // twice; what failed stays, to be read another way or removed.
    for (const ingest::ImportSummary& s : std::as_const(m_summaries)) {
        if (s.outcome != ingest::ImportSummary::Outcome::Imported
            && s.outcome != ingest::ImportSummary::Outcome::AlreadyImported)
            continue;
        for (int i = m_files->topLevelItemCount() - 1; i >= 0; --i) {
            if (QFileInfo(m_files->topLevelItem(i)->text(0)).fileName() == s.file) {
                delete m_files->takeTopLevelItem(i);
                break;
            }
        }
    }
    setRunning(false);
    if (changed)
        m_context->notifyDataChanged();
    Q_EMIT finished();
}

void ImportDialog::cancel()
{
    m_job.cancel();
    m_status->setText(tr("Canceling…"));
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace waymark::ui
