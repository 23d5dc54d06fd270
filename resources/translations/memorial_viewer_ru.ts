<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="30"/>
        <source>&amp;New Archive…</source>
        <translation>&amp;Новый архив…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="31"/>
        <source>&amp;Open Archive…</source>
        <translation>&amp;Открыть архив…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="33"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="34"/>
        <source>Import &amp;Folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="36"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="40"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="41"/>
        <source>&amp;Save Search…</source>
        <translation>&amp;Сохранить поиск…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="42"/>
        <source>C&amp;lear Search and Filters</source>
        <translation>&amp;Очистить поиск и фильтры</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="44"/>
        <source>&amp;Edit Metadata</source>
        <translation>&amp;Редактировать метаданные</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="45"/>
        <source>&amp;Bookmark Item or Passage</source>
        <translation>&amp;Закладка на материал или фрагмент</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="46"/>
        <source>Bookmark with &amp;Note…</source>
        <translation>Закладка с &amp;заметкой…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="47"/>
        <source>&amp;All Items</source>
        <translation>&amp;Все материалы</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="48"/>
        <source>A&amp;rticles</source>
        <translation>&amp;Статьи</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="49"/>
        <source>&amp;Photos</source>
        <translation>&amp;Фотографии</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="50"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="51"/>
        <source>&amp;Bookmarks</source>
        <translation>За&amp;кладки</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="53"/>
        <source>Go to &amp;Sidebar</source>
        <translation>Перейти к &amp;боковой панели</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="54"/>
        <source>Go to &amp;Items</source>
        <translation>Перейти к &amp;материалам</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="55"/>
        <source>Go to &amp;Detail</source>
        <translation>Перейти к &amp;подробностям</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="57"/>
        <source>&amp;Larger Text or Thumbnails</source>
        <translation>&amp;Крупнее текст или миниатюры</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="58"/>
        <source>&amp;Smaller Text or Thumbnails</source>
        <translation>&amp;Мельче текст или миниатюры</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="59"/>
        <source>&amp;Reset Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="60"/>
        <source>&amp;Next Hit</source>
        <translation>&amp;Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="61"/>
        <source>&amp;Previous Hit</source>
        <translation>&amp;Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="63"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="64"/>
        <source>&amp;New Collection…</source>
        <translation>&amp;Новая коллекция…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="65"/>
        <source>&amp;Rename Collection…</source>
        <translation>&amp;Переименовать коллекцию…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="66"/>
        <source>&amp;Delete Collection…</source>
        <translation>&amp;Удалить коллекцию…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="67"/>
        <source>Re&amp;move from Collection</source>
        <translation>&amp;Убрать из коллекции</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="68"/>
        <source>&amp;Slideshow</source>
        <translation>&amp;Слайд-шоу</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="69"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="70"/>
        <source>&amp;About Memorial Viewer</source>
        <translation>&amp;О программе Memorial Viewer</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="72"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="72"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="72"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="73"/>
        <source>&amp;Collection</source>
        <translation>&amp;Коллекция</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="73"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="76"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние архивы</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="91"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="93"/>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="102"/>
        <source>Follow the &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="93"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="94"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="99"/>
        <source>L&amp;anguage</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="142"/>
        <source>Search hits</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="144"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="145"/>
        <source>Previous hit</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="147"/>
        <source>Next hit (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="148"/>
        <source>Next hit</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="150"/>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="153"/>
        <source>Related items</source>
        <translation>Похожие материалы</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="155"/>
        <source>On the same topic</source>
        <translation>По теме</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="212"/>
        <source>This item cannot be shown</source>
        <translation>Этот материал нельзя показать</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="224"/>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="264"/>
        <source>Show %1 on the timeline</source>
        <translation>Показать %1 на хронологии</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="388"/>
        <source>Match %1 of %2</source>
        <translation>Совпадение %1 из %2</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="44"/>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="44"/>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="44"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="44"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="68"/>
        <source>(whole item)</source>
        <translation>(весь материал)</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="112"/>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="123"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="124"/>
        <source>Jump back to the passage (Enter)</source>
        <translation>Вернуться к фрагменту (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="125"/>
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="126"/>
        <source>Edit the note (F2)</source>
        <translation>Изменить заметку (F2)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="127"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="128"/>
        <source>Remove the bookmark (Delete)</source>
        <translation>Удалить закладку (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="167"/>
        <source>No bookmarks yet: press Ctrl+D on an item, or select a passage of an article and press Ctrl+D</source>
        <translation>Закладок пока нет: нажмите Ctrl+D на материале или выделите фрагмент статьи и нажмите Ctrl+D</translation>
    </message>
</context>
<context>
    <name>CollectionPanel</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="187"/>
        <source>Collection entries</source>
        <translation>Материалы коллекции</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="218"/>
        <source>Slideshow</source>
        <translation>Слайд-шоу</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="218"/>
        <source>Play the collection as a slideshow (F5)</source>
        <translation>Показать коллекцию как слайд-шоу (F5)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="219"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="219"/>
        <source>Rename the collection (F2 in the sidebar)</source>
        <translation>Переименовать коллекцию (F2 в боковой панели)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="220"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="220"/>
        <source>Delete the collection (its items stay)</source>
        <translation>Удалить коллекцию (материалы останутся)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="270"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материала</numerusform>
            <numerusform>%n материалов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="275"/>
        <source>This collection is empty: drag photos here</source>
        <translation>Коллекция пуста: перетащите сюда фотографии</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="117"/>
        <source>Create collection “%1”</source>
        <translation>Создать коллекцию «%1»</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="136"/>
        <source>Rename collection to “%1”</source>
        <translation>Переименовать коллекцию в «%1»</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="163"/>
        <source>Delete collection “%1”</source>
        <translation>Удалить коллекцию «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="182"/>
        <source>Add %n item(s) to a collection</source>
        <translation>
            <numerusform>Добавить %n материал в коллекцию</numerusform>
            <numerusform>Добавить %n материала в коллекцию</numerusform>
            <numerusform>Добавить %n материалов в коллекцию</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="207"/>
        <source>Remove %n item(s) from a collection</source>
        <translation>
            <numerusform>Убрать %n материал из коллекции</numerusform>
            <numerusform>Убрать %n материала из коллекции</numerusform>
            <numerusform>Убрать %n материалов из коллекции</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="227"/>
        <source>Reorder a collection</source>
        <translation>Изменить порядок в коллекции</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="245"/>
        <source>Edit a caption</source>
        <translation>Изменить подпись</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="263"/>
        <source>Choose a cover</source>
        <translation>Выбрать обложку</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="287"/>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="304"/>
        <source>Edit tags</source>
        <translation>Изменить теги</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="333"/>
        <source>Bookmark a passage</source>
        <translation>Закладка на фрагмент</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="335"/>
        <source>Bookmark an item</source>
        <translation>Закладка на материал</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="357"/>
        <source>Remove a bookmark</source>
        <translation>Удалить закладку</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="374"/>
        <source>Edit a bookmark note</source>
        <translation>Изменить заметку закладки</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="396"/>
        <source>Save search “%1”</source>
        <translation>Сохранить поиск «%1»</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="416"/>
        <source>Delete saved search “%1”</source>
        <translation>Удалить сохранённый поиск «%1»</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="87"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="89"/>
        <source>Looking for files…</source>
        <translation>Поиск файлов…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="95"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="103"/>
        <source>Cancelling after the current file…</source>
        <translation>Остановка после текущего файла…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="112"/>
        <source>%1 of %2 files</source>
        <translation>%1 из %2 файлов</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="116"/>
        <source>%1 files/s</source>
        <translation>%1 файлов/с</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="124"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="130"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="130"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="131"/>
        <source>Files not imported</source>
        <translation>Неимпортированные файлы</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="132"/>
        <source>Rejected (%1)</source>
        <translation>Отклонено (%1)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="137"/>
        <source>Already in the archive (%1)</source>
        <translation>Уже в архиве (%1)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="141"/>
        <source>duplicate of an archived file</source>
        <translation>дубликат файла из архива</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="153"/>
        <source>Imported %1, duplicates %2, rejected %3.</source>
        <translation>Импортировано: %1, дубликатов: %2, отклонено: %3.</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="157"/>
        <source>The import was cancelled; files already imported stay.</source>
        <translation>Импорт отменён; уже импортированные файлы остаются.</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="91"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="91"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="91"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="91"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="92"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="92"/>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="198"/>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="198"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_table.py" line="94"/>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_table.py" line="164"/>
        <source>No results for “%1”</source>
        <translation>Ничего не найдено по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_table.py" line="166"/>
        <source>Nothing matches the current filter</source>
        <translation>Под фильтр ничего не подходит</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_table.py" line="169"/>
        <source>This archive is empty: use File ▸ Import or drop files on the window</source>
        <translation>Архив пуст: используйте Файл ▸ Импорт или перетащите файлы в окно</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="124"/>
        <source>Memorial Viewer — %1</source>
        <translation>Memorial Viewer — %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="191"/>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="198"/>
        <source>Select an item to read or view it</source>
        <translation>Выберите материал, чтобы прочитать или посмотреть его</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="202"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="219"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="362"/>
        <source>Background tasks</source>
        <translation>Фоновые задачи</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="395"/>
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="584"/>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="584"/>
        <source>Note (optional):</source>
        <translation>Заметка (необязательно):</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="590"/>
        <source>Passage bookmarked</source>
        <translation>Закладка на фрагмент добавлена</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="591"/>
        <source>Item bookmarked</source>
        <translation>Закладка на материал добавлена</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="600"/>
        <source>Added %1 item(s) to “%2”</source>
        <translation>В «%2» добавлено материалов: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="605"/>
        <source>New collection</source>
        <translation>Новая коллекция</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="605"/>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="617"/>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="732"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="617"/>
        <source>Rename collection</source>
        <translation>Переименовать коллекцию</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="624"/>
        <source>Delete the collection “%1”? Its items stay in the archive, and Undo brings the collection back.</source>
        <translation>Удалить коллекцию «%1»? Материалы останутся в архиве, а «Отменить» вернёт коллекцию.</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="680"/>
        <source>Add to Collection</source>
        <translation>Добавить в коллекцию</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="684"/>
        <source>New Collection…</source>
        <translation>Новая коллекция…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="694"/>
        <source>Edit Caption</source>
        <translation>Изменить подпись</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="695"/>
        <source>Use as Cover</source>
        <translation>Сделать обложкой</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="696"/>
        <source>Remove from Collection</source>
        <translation>Убрать из коллекции</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="709"/>
        <source>Slideshow</source>
        <translation>Слайд-шоу</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="710"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="712"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="718"/>
        <source>Delete Saved Search</source>
        <translation>Удалить сохранённый поиск</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="730"/>
        <source>Type a search first, then save it</source>
        <translation>Сначала введите запрос, затем сохраните его</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="732"/>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="744"/>
        <source>Search saved as “%1”</source>
        <translation>Поиск сохранён как «%1»</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="748"/>
        <source>Delete the saved search “%1”?</source>
        <translation>Удалить сохранённый поиск «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="757"/>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="774"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="781"/>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="790"/>
        <source>An import is already running</source>
        <translation>Импорт уже идёт</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="803"/>
        <source>Importing %1/%2</source>
        <translation>Импорт %1/%2</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="834"/>
        <source>New archive (choose an empty folder)</source>
        <translation>Новый архив (выберите пустую папку)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="835"/>
        <source>Open archive</source>
        <translation>Открыть архив</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="846"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="849"/>
        <source>The archive is open read-only (%1): browsing and search only</source>
        <translation>Архив открыт только для чтения (%1): доступны просмотр и поиск</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="863"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="886"/>
        <source>The language will change the next time Memorial Viewer starts</source>
        <translation>Язык сменится при следующем запуске Memorial Viewer</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="926"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="926"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материала</numerusform>
            <numerusform>%n материалов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="931"/>
        <source>Filter: %1</source>
        <translation>Фильтр: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="937"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="949"/>
        <source>About Memorial Viewer</source>
        <translation>О программе Memorial Viewer</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="950"/>
        <source>Memorial Viewer %1
An offline archive of articles and photographs.</source>
        <translation>Memorial Viewer %1
Автономный архив статей и фотографий.</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="964"/>
        <source>Memorial Viewer</source>
        <translation>Memorial Viewer</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="969"/>
        <source>Please confirm</source>
        <translation>Подтвердите</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="54"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="54"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="54"/>
        <source>Creator</source>
        <translation>Создатель</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="55"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="55"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="56"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="56"/>
        <source>Rights</source>
        <translation>Права</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="57"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="58"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="61"/>
        <source>1990-01-20, January 1990, c. 1990, 1988/1991</source>
        <translation>1990-01-20, январь 1990, ок. 1990, 1988/1991</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="63"/>
        <source>comma, separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="64"/>
        <source>en, az, ru…</source>
        <translation>en, az, ru…</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="120"/>
        <source>Photo grid</source>
        <translation>Сетка фотографий</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="146"/>
        <source>Thumbnail size</source>
        <translation>Размер миниатюр</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="147"/>
        <source>Thumbnail size (Ctrl+Plus / Ctrl+Minus)</source>
        <translation>Размер миниатюр (Ctrl+Plus / Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="152"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="220"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="222"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фотография</numerusform>
            <numerusform>%n фотографии</numerusform>
            <numerusform>%n фотографий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="226"/>
        <source>No results for “%1”</source>
        <translation>Ничего не найдено по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="229"/>
        <source>No photos yet: use File ▸ Import or drop image files here</source>
        <translation>Фотографий пока нет: используйте Файл ▸ Импорт или перетащите изображения сюда</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="232"/>
        <source>No photos match the current filter</source>
        <translation>Нет фотографий, подходящих под фильтр</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="169"/>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="173"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="173"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="174"/>
        <source>Photo metadata and EXIF</source>
        <translation>Метаданные фотографии и EXIF</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="181"/>
        <source>Previous photo (Left)</source>
        <translation>Предыдущая фотография (Влево)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="182"/>
        <source>Next photo (Right)</source>
        <translation>Следующая фотография (Вправо)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="183"/>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="183"/>
        <source>Fit to window (0)</source>
        <translation>Вписать в окно (0)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="184"/>
        <source>Actual size (1)</source>
        <translation>Реальный размер (1)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="185"/>
        <source>Zoom out (-)</source>
        <translation>Мельче (-)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="186"/>
        <source>Zoom in (+)</source>
        <translation>Крупнее (+)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="187"/>
        <source>Rotate view (R)</source>
        <translation>Повернуть (R)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="188"/>
        <source>Full screen (F)</source>
        <translation>Во весь экран (F)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="189"/>
        <source>Show or hide EXIF and metadata (I)</source>
        <translation>Показать или скрыть EXIF и метаданные (I)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="261"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="265"/>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="268"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="267"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="267"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="268"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="269"/>
        <source>Creator</source>
        <translation>Создатель</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="269"/>
        <source>Rights</source>
        <translation>Права</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="270"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="271"/>
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="272"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="272"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="278"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="279"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="279"/>
        <source>Pixels</source>
        <translation>Пиксели</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="280"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="280"/>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="281"/>
        <source>Artist</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="281"/>
        <source>Copyright</source>
        <translation>Авторское право</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="283"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="91"/>
        <source>Search (Ctrl+F): words, &quot;phrase&quot;, tag:…, date:1990, kind:photo</source>
        <translation>Поиск (Ctrl+F): слова, &quot;фраза&quot;, tag:…, date:1990, kind:photo</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="93"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="103"/>
        <source>Kind filter</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="104"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="104"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="104"/>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="106"/>
        <source>Date from</source>
        <translation>Дата с</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="106"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="107"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="107"/>
        <source>Date to</source>
        <translation>Дата по</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="110"/>
        <source>Year filter</source>
        <translation>Фильтр по году</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="111"/>
        <source>Items per year for the current search</source>
        <translation>Записи по годам для текущего поиска</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="113"/>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="336"/>
        <source>Any year</source>
        <translation>Любой год</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="116"/>
        <source>Tag filter</source>
        <translation>Фильтр по тегу</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="119"/>
        <source>Collection filter</source>
        <translation>Фильтр по коллекции</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="122"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="123"/>
        <source>Save this search (Ctrl+S)</source>
        <translation>Сохранить этот поиск (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="124"/>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="126"/>
        <source>Clear search and filters (Ctrl+Shift+X)</source>
        <translation>Очистить поиск и фильтры (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="127"/>
        <source>Clear search and filters</source>
        <translation>Очистить поиск и фильтры</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="171"/>
        <source>A year, month or day: 1990, 1990-01, 1990-01-20</source>
        <translation>Год, месяц или день: 1990, 1990-01, 1990-01-20</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="253"/>
        <source>Filter: %1</source>
        <translation>Фильтр: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="279"/>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="327"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="280"/>
        <source>Any collection</source>
        <translation>Любая коллекция</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="309"/>
        <source>All kinds (%1)</source>
        <translation>Все типы (%1)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="310"/>
        <source>Articles (%1)</source>
        <translation>Статьи (%1)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="311"/>
        <source>Photos (%1)</source>
        <translation>Фотографии (%1)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="23"/>
        <source>Photo viewer: zoom in / out / fit / 100 %</source>
        <translation>Просмотр фото: крупнее / мельче / вписать / 100 %</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="25"/>
        <source>Photo viewer: rotate view / full screen / EXIF</source>
        <translation>Просмотр фото: повернуть / во весь экран / EXIF</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="27"/>
        <source>Photo viewer: previous / next photo</source>
        <translation>Просмотр фото: предыдущая / следующая</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="29"/>
        <source>Timeline: previous / next period, extend range</source>
        <translation>Хронология: предыдущий / следующий период, расширить диапазон</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="31"/>
        <source>Timeline: filter to period / drill down / up / clear</source>
        <translation>Хронология: фильтр по периоду / вглубь / вверх / сброс</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="33"/>
        <source>Collection: edit caption / remove entry</source>
        <translation>Коллекция: изменить подпись / убрать материал</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="35"/>
        <source>Slideshow: previous / next / pause / close</source>
        <translation>Слайд-шоу: назад / вперёд / пауза / закрыть</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="43"/>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="53"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="53"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="77"/>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="102"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="103"/>
        <source>All items</source>
        <translation>Все материалы</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="104"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="105"/>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="107"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="108"/>
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="109"/>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="110"/>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="111"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
</context>
<context>
    <name>Slideshow</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/slideshow.py" line="34"/>
        <source>Slideshow</source>
        <translation>Слайд-шоу</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/slideshow.py" line="60"/>
        <source>Slideshow: %1</source>
        <translation>Слайд-шоу: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/slideshow.py" line="67"/>
        <source>This collection is empty</source>
        <translation>Коллекция пуста</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="102"/>
        <source>Timeline chart</source>
        <translation>Диаграмма хронологии</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="160"/>
        <source>No dated items for this search</source>
        <translation>Для этого поиска нет датированных материалов</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="285"/>
        <source>%1: %2 item(s)</source>
        <translation>%1: материалов — %2</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="287"/>
        <source>, %1 of them from approximate dates</source>
        <translation>, из них %1 по приблизительным датам</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="312"/>
        <source>Up one level (Backspace)</source>
        <translation>На уровень вверх (Backspace)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="313"/>
        <source>Up one level</source>
        <translation>На уровень вверх</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="315"/>
        <source>Item dates</source>
        <translation>Даты материалов</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="316"/>
        <source>Dates mentioned in texts</source>
        <translation>Даты, упомянутые в текстах</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="317"/>
        <source>Timeline axis</source>
        <translation>Ось хронологии</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="361"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="383"/>
        <source>%n dated item(s)</source>
        <translation>
            <numerusform>%n датированный материал</numerusform>
            <numerusform>%n датированных материала</numerusform>
            <numerusform>%n датированных материалов</numerusform>
        </translation>
    </message>
</context>
</TS>
