// The CPU time the calling thread has used: beside the wall clock on a machine that is busy with other
// work, it shows what a measurement costs in itself (waits for the disk and for the other processes aside).
#pragma once

#include <ctime>

namespace Bench {

class ThreadClock
{
public:
    ThreadClock() { restart(); }
    void restart() { m_start = now(); }
    double elapsedMs() const { return (now() - m_start) / 1e6; }

private:
    static long long now()
    {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec;
    }
    long long m_start = 0;
};

} // namespace Bench
