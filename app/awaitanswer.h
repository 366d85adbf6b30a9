#pragma once

#include "app/core/result.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace pos::app {

/// For a command: starts an asynchronous operation and waits on this thread's event loop (not a
/// sleep) for its one answer, at most `timeoutMs`. nullopt: no answer in time.
template <typename T>
std::optional<Result<T>>
awaitAnswer(const std::function<void(std::function<void(Result<T>)>)>& start, int timeoutMs)
{
    // The answer may come after the wait gave up: it then lands in state nobody reads.
    struct State
    {
        std::optional<Result<T>> answer;
        QEventLoop* loop = nullptr;
    };
    auto state = std::make_shared<State>();
    start([state](Result<T> r) {
        if (state->answer)
            return; // one answer
        state->answer.emplace(std::move(r));
        if (state->loop)
            state->loop->quit();
    });
    if (!state->answer) {
        QEventLoop loop;
        state->loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        state->loop = nullptr;
    }
    return state->answer;
}

} // namespace pos::app
