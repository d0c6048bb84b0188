# Incoming letters: the records page with its tabs, the letters tab (search, filters), the letter view
# with its PDF preview, the metadata form and the import dialog.
target_sources(lontar_records_ui PRIVATE
    RecordsUiModule.h RecordsUiModule.cpp
    RecordsPage.h RecordsPage.cpp
    LettersFormat.h LettersFormat.cpp
    LettersModel.h LettersModel.cpp
    LettersSearchWorker.h LettersSearchWorker.cpp
    LettersTab.h LettersTab.cpp
    LettersPdfPreview.h LettersPdfPreview.cpp
    LetterForm.h LetterForm.cpp
    LetterView.h LetterView.cpp
    ImportDialog.h ImportDialog.cpp)
# Poppler renders the letter view's pages.
target_link_libraries(lontar_records_ui PRIVATE PkgConfig::POPPLER_QT6)
qt_add_resources(lontar_records_ui "lontar_records_icons"
    PREFIX "/lontar/icons"
    FILES records.svg)
