#pragma once

class QApplication;

namespace lontar {

// The suite's look: Fusion style with a calm teal palette and a few style-sheet rules for the
// navigation and cards. Kept in one place so every module looks the same.
namespace Theme {
void apply(QApplication& app);
inline constexpr const char* kPrimary = "#0f5e56";
inline constexpr const char* kPrimaryDark = "#0b4741";
inline constexpr const char* kAccent = "#f2b53a";
inline constexpr const char* kOk = "#1e8a4c";
inline constexpr const char* kWarn = "#b7791f";
inline constexpr const char* kError = "#c0392b";
} // namespace Theme

} // namespace lontar
