// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptwatcher.h"

#include <atomic>
#include <csignal>

namespace gw::cli {

namespace {

std::atomic<bool> g_interrupted {false};
struct sigaction g_previous[3];
constexpr int Signals[3] = {SIGINT, SIGTERM, SIGHUP};

void onSignal(int)
{
    g_interrupted.store(true);
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    g_interrupted.store(false);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; ++i)
        sigaction(Signals[i], &action, &g_previous[i]);
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (g_interrupted.load() && !m_emitted) {
            m_emitted = true;
            Q_EMIT interrupted();
        }
    });
    m_poll.start();
}

InterruptWatcher::~InterruptWatcher()
{
    for (int i = 0; i < 3; ++i)
        sigaction(Signals[i], &g_previous[i], nullptr);
}

bool InterruptWatcher::wasInterrupted() const
{
    return g_interrupted.load();
}

} // namespace gw::cli
