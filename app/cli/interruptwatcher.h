// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace gw::cli {

/**
 * Turns SIGINT (Ctrl-C), SIGTERM and SIGHUP into a Qt signal while it exists, so that a
 * subcommand that runs until stopped (`gwstudio sandbox`, a long `gwstudio probe`) can stop its
 * nginx and write what it has. The handler only sets a flag; a timer on the event loop reads it.
 * The previous handlers come back when it goes.
 */
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    bool wasInterrupted() const;

Q_SIGNALS:
    void interrupted();

private:
    QTimer m_poll;
    bool m_emitted = false;
};

} // namespace gw::cli
