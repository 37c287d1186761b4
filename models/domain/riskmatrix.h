// Which risk level each likelihood × impact cell of the heatmap has.
#pragma once

#include <QColor>
#include <QString>
#include <array>
#include <optional>

namespace Inflection {

enum class RiskLevel {
    Low,
    Medium,
    High,
    VeryHigh,
};

QString riskLevelDisplayName(RiskLevel level);
// Fill colours that read on light and dark backgrounds and in print.
QColor riskLevelColor(RiskLevel level);

class RiskMatrix
{
public:
    // The usual 5 × 5 matrix: by score (likelihood × impact) 1–4 low, 5–9 medium, 10–16 high,
    // 20–25 very high.
    RiskMatrix();

    // likelihood and impact from 1 to 5.
    RiskLevel level(int likelihood, int impact) const;
    void setLevel(int likelihood, int impact, RiskLevel level);

    // 25 digits 0–3, likelihood by likelihood, impact 1 to 5 within each: how a workspace stores it.
    QString toText() const;
    static std::optional<RiskMatrix> fromText(const QString &text);

    bool operator==(const RiskMatrix &other) const { return m_levels == other.m_levels; }
    bool operator!=(const RiskMatrix &other) const { return m_levels != other.m_levels; }

private:
    std::array<RiskLevel, 25> m_levels;
};

} // namespace Inflection
