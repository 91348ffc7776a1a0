#include "importdialog.h"

#include "analysis/analysiscontext.h"
#include "columnmappingdialog.h"
#include "core/feedback.h"
#include "ingest/columnmapping.h"
#include "ingest/importjob.h"
#include "specificationeditor.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace waymark::ui {

ImportDialog::ImportDialog(analysis::AnalysisContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Import into workspace"));
    setObjectName(QStringLiteral("importDialog"));
    resize(720, 520);

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("importFiles"));
    m_files->setToolTip(tr("Hub extracts (folder or .zip), CTDC CSV files, bank transaction CSV files"));
    m_addButton = new QPushButton(tr("Add &files…"), this);
    m_folderButton = new QPushButton(tr("Add extract f&older…"), this);
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addButton);
    fileButtons->addWidget(m_folderButton);
    // Issue 15: any table through an import specification, chosen per file.
    m_specButton = new QPushButton(tr("New &specification…"), this);
    m_specButton->setObjectName(QStringLiteral("importSpecification"));
    m_specButton->setToolTip(tr("Map the selected table's columns to incidents, places, people… and save it"));
    fileButtons->addWidget(m_specButton);
    connect(m_specButton, &QPushButton::clicked, this, &ImportDialog::editSpecification);
    connect(m_files, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_specButton->setText(item && !item->data(Qt::UserRole + 1).toString().isEmpty() ? tr("Edit &specification…")
                                                                                         : tr("New &specification…"));
    });
    fileButtons->addStretch();
    auto* filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);

    m_mapping = new QComboBox(this);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setToolTip(tr("For bank transaction CSV: which column is the account, date, amount… Saved presets of "
                             "this workspace, or a mapping file."));
    m_mapping->addItem(tr("(none: hub extract or CTDC)"), QString());
    if (store::Workspace* ws = m_context->workspace()) {
        for (const QString& name : ingest::ColumnMapping::presetNames(*ws))
            m_mapping->addItem(name, name);
    }
    m_mapping->addItem(tr("Define a mapping for the first file…"), QStringLiteral("<new>"));
    m_mapping->addItem(tr("From a mapping file…"), QStringLiteral("<file>"));
    connect(m_mapping, &QComboBox::activated, this, [this](int index) {
        const QString what = m_mapping->itemData(index).toString();
        if (what == QLatin1String("<new>")) {
            QString sample;
            for (int i = 0; i < m_files->count() && sample.isEmpty(); ++i) {
                if (m_files->item(i)->text().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
                    sample = m_files->item(i)->text();
            }
            if (sample.isEmpty()) {
                m_status->setText(tr("Add the bank's CSV file first: the mapping is made from its header."));
                m_mapping->setCurrentIndex(0);
                return;
            }
            ColumnMappingDialog dialog(m_context->workspace(), sample, this);
            if (dialog.exec() != QDialog::Accepted) {
                m_mapping->setCurrentIndex(0);
                return;
            }
            const QString name = dialog.mapping().name;
            if (m_mapping->findData(name) < 0)
                m_mapping->insertItem(1, name, name);
            m_mapping->setCurrentIndex(m_mapping->findData(name));
        } else if (what == QLatin1String("<file>")) {
            const QString file
                = QFileDialog::getOpenFileName(this, tr("Column mapping"), QString(), tr("Column mappings (*.json)"));
            if (file.isEmpty()) {
                m_mapping->setCurrentIndex(0);
                return;
            }
            m_mapping->insertItem(1, file, file);
            m_mapping->setCurrentIndex(1);
        }
    });

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

    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importStart"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setObjectName(QStringLiteral("importCancel"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_folderButton, &QPushButton::clicked, this, &ImportDialog::chooseFolder);

    auto* form = new QFormLayout;
    form->addRow(tr("Column mapping:"), m_mapping);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Files to import:"), this));
    layout->addLayout(filesRow);
    layout->addLayout(form);
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
    m_importButton->setEnabled(false);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::addFiles(const QStringList& paths)
{
    for (const QString& p : paths) {
        if (m_files->findItems(p, Qt::MatchExactly).isEmpty())
            m_files->addItem(p);
    }
    m_importButton->setEnabled(m_files->count() > 0 && !isRunning());
}

void ImportDialog::chooseFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import files"),
        settings.value(QStringLiteral("import/lastDir")).toString(),
        tr("Extracts and CSV (*.zip *.csv);;All files (*)"));
    if (!files.isEmpty())
        settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(files.first()).absolutePath());
    addFiles(files);
}

void ImportDialog::editSpecification()
{
    QListWidgetItem* item = m_files->currentItem() ? m_files->currentItem() : m_files->item(0);
    if (!item) {
        m_status->setText(tr("Add the table first: a specification is made on its columns."));
        return;
    }
    if (QFileInfo(item->text()).isDir() || item->text().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        m_status->setText(tr("A hub extract needs no specification."));
        return;
    }
    SpecificationEditor editor(m_context->workspace(), item->text(), specificationFor(item->text()), this);
    connect(&editor, &SpecificationEditor::saved, this, [this, item](const QString& name, int version) {
        item->setData(Qt::UserRole + 1, name);
        item->setToolTip(tr("Read with the specification %1").arg(name));
        m_files->setCurrentItem(item);
        m_specButton->setText(tr("Edit &specification…"));
        m_status->setText(tr("%1 will be read with the specification %2 (version %3).")
                              .arg(QFileInfo(item->text()).fileName(), name)
                              .arg(version));
    });
    editor.exec();
}

QString ImportDialog::specificationFor(const QString& file) const
{
    const auto items = m_files->findItems(file, Qt::MatchExactly);
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole + 1).toString();
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
    m_importButton->setEnabled(!running && m_files->count() > 0);
    m_addButton->setEnabled(!running);
    m_folderButton->setEnabled(!running);
    m_specButton->setEnabled(!running);
    m_keepGoing->setEnabled(!running);
    m_mapping->setEnabled(!running);
    m_cancelButton->setText(running ? tr("&Cancel") : tr("&Close"));
    m_cancelButton->setToolTip(running ? tr("Stop; the workspace stays as it was before this file") : QString());
}

void ImportDialog::start()
{
    if (isRunning() || !m_context->workspace() || m_files->count() == 0)
        return;
    QStringList files, specs;
    for (int i = 0; i < m_files->count(); ++i) {
        files << m_files->item(i)->text();
        specs << m_files->item(i)->data(Qt::UserRole + 1).toString();
    }
    ingest::ImportOptions options;
    options.keepGoing = m_keepGoing->isChecked();
    options.mapping = m_mapping->currentData().toString();
    QSettings().setValue(QStringLiteral("import/keepGoing"), options.keepGoing);
    const QString path = m_context->workspacePath();

    m_report->clear();
    m_progress->setValue(0);
    // One connection per thread: the worker opens its own. A workspace that
    // cannot be opened is reported as the summary of a failed file.
    m_job.start([path, files, specs, options](Feedback& feedback) -> Result<QList<ingest::ImportSummary>> {
        QList<ingest::ImportSummary> out;
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws) {
            ingest::ImportSummary s;
            s.file = path;
            s.error = ws.error();
            out << s;
            return out;
        }
        for (int i = 0; i < files.size(); ++i) {
            const QString& f = files.at(i);
            if (feedback.isCanceled()) {
                // Every file gets its line in the report, those never started too.
                ingest::ImportSummary s;
                s.file = QFileInfo(f).fileName();
                s.outcome = ingest::ImportSummary::Outcome::Canceled;
                out << s;
                continue;
            }
            ingest::ImportOptions o = options;
            if (!specs.at(i).isEmpty()) {
                o.spec = specs.at(i);
                o.mapping.clear();
            }
            out << ingest::ImportJob::run(*ws.value(), f, o, feedback);
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
