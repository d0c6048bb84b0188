#include "shell/Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace lontar::Theme {

void apply(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.palette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf5));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf4, 0xf3));
    p.setColor(QPalette::Highlight, QColor(QLatin1String(kPrimary)));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfb));
    p.setColor(QPalette::Link, QColor(QLatin1String(kPrimary)));
    app.setPalette(p);
    QFont font = app.font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);
    app.setStyleSheet(QStringLiteral(R"(
        QListWidget#moduleNavigationList {
            background: #0f5e56; color: #e8f3f1; border: none; padding-top: 8px; outline: 0;
        }
        QListWidget#moduleNavigationList::item { padding: 10px 14px; border-left: 4px solid transparent; }
        QListWidget#moduleNavigationList::item:selected {
            background: #0b4741; color: white; border-left: 4px solid #f2b53a;
        }
        QListWidget#moduleNavigationList::item:hover:!selected { background: #136b62; }
        QWidget#sidebar { background: #0f5e56; }
        QLabel#sidebarTitle { color: white; font-size: 17px; font-weight: 600; }
        QLabel#sidebarSubtitle { color: #b9d8d3; font-size: 11px; }
        QWidget#pageHeader { background: white; border-bottom: 1px solid #dde5e3; }
        QLabel#pageTitle { font-size: 18px; font-weight: 600; color: #1d2b29; }
        QLabel#userChip { color: #3a4a48; }
        QFrame[card="true"] { background: white; border: 1px solid #dde5e3; border-radius: 8px; }
        QLabel[cardTitle="true"] { font-weight: 600; font-size: 13px; color: #0f5e56; }
        QLabel[muted="true"] { color: #66736f; }
        QPushButton[primary="true"] {
            background: #0f5e56; color: white; border: none; border-radius: 5px; padding: 8px 18px; font-weight: 600;
        }
        QPushButton[primary="true"]:hover { background: #136b62; }
        QPushButton[primary="true"]:disabled { background: #8fb5b0; }
        QWidget#loginBrandPanel { background: #0f5e56; }
        QLabel#loginBrandTitle { color: white; font-size: 28px; font-weight: 700; }
        QLabel#loginBrandText { color: #d6ebe7; font-size: 12px; }
        QLabel#loginRegency { color: #f2d48a; font-size: 13px; font-weight: 600; }
        QLabel#errorLabel { color: #c0392b; }
        QStatusBar { background: #eef2f1; border-top: 1px solid #dde5e3; }
    )"));
}

} // namespace lontar::Theme
