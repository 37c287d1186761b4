// The risk matrix and its storage form.
#include "riskmatrix.h"

#include <QCoreApplication>

namespace Inflection {

QString riskLevelDisplayName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QCoreApplication::translate("Inflection::RiskLevel", "Low");
    case RiskLevel::Medium:
        return QCoreApplication::translate("Inflection::RiskLevel", "Medium");
    case RiskLevel::High:
        return QCoreApplication::translate("Inflection::RiskLevel", "High");
    case RiskLevel::VeryHigh:
        return QCoreApplication::translate("Inflection::RiskLevel", "Very high");
    }
    return {};
}

QColor riskLevelColor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QColor(0x8c, 0xc6, 0x8c);
    case RiskLevel::Medium:
        return QColor(0xf2, 0xd3, 0x6b);
    case RiskLevel::High:
        return QColor(0xf0, 0x9a, 0x50);
    case RiskLevel::VeryHigh:
        return QColor(0xd9, 0x53, 0x4f);
    }
    return {};
}

RiskMatrix::RiskMatrix()
{
    for (int l = 1; l <= 5; ++l) {
        for (int i = 1; i <= 5; ++i) {
            const int score = l * i;
            m_levels[(l - 1) * 5 + (i - 1)] = score <= 4 ? RiskLevel::Low
                : score <= 9                             ? RiskLevel::Medium
                : score <= 16                            ? RiskLevel::High
                                                         : RiskLevel::VeryHigh;
        }
    }
}

RiskLevel RiskMatrix::level(int likelihood, int impact) const
{
    if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5)
        return RiskLevel::Low;
    return m_levels[(likelihood - 1) * 5 + (impact - 1)];
}

void RiskMatrix::setLevel(int likelihood, int impact, RiskLevel level)
{
    if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5)
        return;
    m_levels[(likelihood - 1) * 5 + (impact - 1)] = level;
}

QString RiskMatrix::toText() const
{
    QString text;
    for (const RiskLevel level : m_levels)
        text += QChar(u'0' + static_cast<int>(level));
    return text;
}

std::optional<RiskMatrix> RiskMatrix::fromText(const QString &text)
{
    if (text.size() != 25)
        return std::nullopt;
    RiskMatrix matrix;
    for (int i = 0; i < 25; ++i) {
        const int value = text.at(i).unicode() - u'0';
        if (value < 0 || value > 3)
            return std::nullopt;
        matrix.m_levels[i] = static_cast<RiskLevel>(value);
    }
    return matrix;
}

} // namespace Inflection
