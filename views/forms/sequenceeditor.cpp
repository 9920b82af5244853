// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/sequenceeditor.h"

#include "views/common/icons.h"
#include "views/forms/fielddelegate.h"
#include "views/forms/formcontext.h"
#include "views/forms/listmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gw::views {

namespace {

QToolButton *makeButton(const QString &icon, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setIcon(Icons::icon(icon));
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

SequenceEditor::SequenceEditor(ListModel *model, const QString &itemName, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_add(makeButton(QStringLiteral("list-add"), tr("Add %1").arg(itemName), this))
    , m_remove(makeButton(QStringLiteral("list-remove"), tr("Remove %1").arg(itemName), this))
    , m_up(makeButton(QStringLiteral("go-up"), tr("Move %1 up").arg(itemName), this))
    , m_down(makeButton(QStringLiteral("go-down"), tr("Move %1 down").arg(itemName), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(4);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_up->setVisible(model->canMove());
    m_down->setVisible(model->canMove());

    m_table->setModel(model);
    m_table->setItemDelegate(new FieldDelegate(model, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // The columns share the width of the panel: no horizontal scrolling in a form.
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAccessibleName(itemName);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    connect(m_add, &QToolButton::clicked, this, &SequenceEditor::add);
    connect(m_remove, &QToolButton::clicked, this, &SequenceEditor::remove);
    connect(m_up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { move(1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateButtons();
                notifyCurrent(current.isValid() ? current.row() : -1);
            });
    // Rows inserted, removed or moved before the current one shift it without a signal.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, [this] { notifyCurrent(currentRow()); });
    connect(model, &QAbstractItemModel::rowsMoved, this, [this] { notifyCurrent(currentRow()); });
    // Keep the current item across resets (an undo, an edit in the YAML tab).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_rowBeforeReset = currentRow(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = std::min(m_rowBeforeReset, m_model->rowCount() - 1);
        if (row >= 0)
            setCurrentRow(row);
        ensureCurrent();
        notifyCurrent(currentRow());
        updateHeight();
        updateButtons();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        ensureCurrent();
        updateHeight();
        updateButtons();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        ensureCurrent();
        updateHeight();
        updateButtons();
    });
    // Another resource shown, or the list's scope (a rule) chosen: an empty list stays empty
    // without a model signal, yet Add may have become possible.
    const auto refreshed = [this] {
        ensureCurrent();
        updateButtons();
    };
    connect(model->scope()->context(), &FormContext::refreshed, this, refreshed);
    connect(model->scope(), &FormScope::moved, this, refreshed);
    updateHeight();
    updateButtons();
}

void SequenceEditor::notifyCurrent(int row)
{
    if (row == m_notifiedRow)
        return;
    m_notifiedRow = row;
    Q_EMIT currentRowChanged(row);
}

int SequenceEditor::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void SequenceEditor::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->setCurrentIndex({});
        return;
    }
    const int column = std::max(0, m_table->currentIndex().column());
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->selectRow(row);
}

void SequenceEditor::setKeepsCurrent(bool keep)
{
    m_keepCurrent = keep;
    ensureCurrent();
}

void SequenceEditor::ensureCurrent()
{
    if (m_keepCurrent && currentRow() < 0 && m_model->isActive() && m_model->rowCount() > 0)
        setCurrentRow(0);
}

void SequenceEditor::setVisibleRows(int minimum, int maximum)
{
    m_minRows = minimum;
    m_maxRows = maximum;
    updateHeight();
}

void SequenceEditor::updateHeight()
{
    const int rows = std::clamp(m_model->rowCount(), m_minRows, m_maxRows);
    const int height = m_table->horizontalHeader()->sizeHint().height() +
        rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 2;
    m_table->setFixedHeight(height);
    updateGeometry();
}

QSize SequenceEditor::sizeHint() const
{
    return {320, m_table->height()};
}

QSize SequenceEditor::minimumSizeHint() const
{
    return {160, m_table->height()};
}

void SequenceEditor::updateButtons()
{
    const bool active = m_model->isActive();
    const int row = currentRow();
    m_add->setEnabled(active);
    m_remove->setEnabled(active && row >= 0);
    m_up->setEnabled(active && row > 0);
    m_down->setEnabled(active && row >= 0 && row < m_model->rowCount() - 1);
}

void SequenceEditor::add()
{
    const int row = m_model->addItem(currentRow() >= 0 ? currentRow() + 1 : -1);
    if (row >= 0) {
        setCurrentRow(row);
        m_table->setFocus();
    }
}

void SequenceEditor::remove()
{
    const int row = currentRow();
    if (row >= 0 && m_model->removeItem(row))
        setCurrentRow(std::min(row, m_model->rowCount() - 1));
}

void SequenceEditor::move(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row >= 0 && m_model->moveItem(row, to))
        setCurrentRow(to);
}

} // namespace gw::views
