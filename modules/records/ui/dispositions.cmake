# Dispositions: inbox, disposition dialog and a letter's disposition chain.
target_sources(lontar_records_ui PRIVATE
    InboxTab.cpp
    InboxWidget.h InboxWidget.cpp
    DispositionDialog.h DispositionDialog.cpp
    DispositionChain.h DispositionChain.cpp)
