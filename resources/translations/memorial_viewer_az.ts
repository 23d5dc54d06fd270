<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="30"/>
        <source>&amp;New Archive…</source>
        <translation>&amp;Yeni arxiv…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="31"/>
        <source>&amp;Open Archive…</source>
        <translation>Arxivi &amp;aç…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="33"/>
        <source>&amp;Import Files…</source>
        <translation>Faylları &amp;idxal et…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="34"/>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Qovluğu idxal et…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="36"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıxış</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="40"/>
        <source>&amp;Find…</source>
        <translation>&amp;Axtar…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="41"/>
        <source>&amp;Save Search…</source>
        <translation>Axtarışı &amp;saxla…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="42"/>
        <source>C&amp;lear Search and Filters</source>
        <translation>Axtarışı və süzgəcləri &amp;təmizlə</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="44"/>
        <source>&amp;Edit Metadata</source>
        <translation>&amp;Metaməlumatları redaktə et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="45"/>
        <source>&amp;Bookmark Item or Passage</source>
        <translation>Materialı və ya parçanı &amp;əlfəcinə əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="46"/>
        <source>Bookmark with &amp;Note…</source>
        <translation>&amp;Qeydlə əlfəcinə əlavə et…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="47"/>
        <source>&amp;All Items</source>
        <translation>&amp;Bütün materiallar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="48"/>
        <source>A&amp;rticles</source>
        <translation>&amp;Məqalələr</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="49"/>
        <source>&amp;Photos</source>
        <translation>&amp;Fotolar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="50"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zaman xətti</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="51"/>
        <source>&amp;Bookmarks</source>
        <translation>Ə&amp;lfəcinlər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="53"/>
        <source>Go to &amp;Sidebar</source>
        <translation>&amp;Yan panelə keç</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="54"/>
        <source>Go to &amp;Items</source>
        <translation>&amp;Materiallara keç</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="55"/>
        <source>Go to &amp;Detail</source>
        <translation>&amp;Ətraflı hissəyə keç</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="57"/>
        <source>&amp;Larger Text or Thumbnails</source>
        <translation>Mətni və ya miniatürləri &amp;böyüt</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="58"/>
        <source>&amp;Smaller Text or Thumbnails</source>
        <translation>Mətni və ya miniatürləri &amp;kiçilt</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="59"/>
        <source>&amp;Reset Text Size</source>
        <translation>Mətn ölçüsünü &amp;sıfırla</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="60"/>
        <source>&amp;Next Hit</source>
        <translation>&amp;Növbəti tapıntı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="61"/>
        <source>&amp;Previous Hit</source>
        <translation>&amp;Əvvəlki tapıntı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="63"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tam ekran</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="64"/>
        <source>&amp;New Collection…</source>
        <translation>&amp;Yeni kolleksiya…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="65"/>
        <source>&amp;Rename Collection…</source>
        <translation>Kolleksiyanın &amp;adını dəyiş…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="66"/>
        <source>&amp;Delete Collection…</source>
        <translation>Kolleksiyanı &amp;sil…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="67"/>
        <source>Re&amp;move from Collection</source>
        <translation>Kolleksiyadan &amp;çıxar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="68"/>
        <source>&amp;Slideshow</source>
        <translation>&amp;Slayd-şou</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="69"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="70"/>
        <source>&amp;About Memorial Viewer</source>
        <translation>Memorial Viewer &amp;haqqında</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="72"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="72"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="72"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="73"/>
        <source>&amp;Collection</source>
        <translation>&amp;Kolleksiya</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="73"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="76"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son arxivlər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="91"/>
        <source>&amp;Theme</source>
        <translation>&amp;Mövzu</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="93"/>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="102"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Sistemə uyğun</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="93"/>
        <source>&amp;Light</source>
        <translation>&amp;Açıq</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="94"/>
        <source>&amp;Dark</source>
        <translation>&amp;Tünd</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/actions.py" line="99"/>
        <source>L&amp;anguage</source>
        <translation>&amp;Dil</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="142"/>
        <source>Search hits</source>
        <translation>Axtarış tapıntıları</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="144"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Əvvəlki tapıntı (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="145"/>
        <source>Previous hit</source>
        <translation>Əvvəlki tapıntı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="147"/>
        <source>Next hit (F3)</source>
        <translation>Növbəti tapıntı (F3)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="148"/>
        <source>Next hit</source>
        <translation>Növbəti tapıntı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="150"/>
        <source>Article text</source>
        <translation>Məqalənin mətni</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="153"/>
        <source>Related items</source>
        <translation>Əlaqəli materiallar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="155"/>
        <source>On the same topic</source>
        <translation>Eyni mövzuda</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="212"/>
        <source>This item cannot be shown</source>
        <translation>Bu materialı göstərmək mümkün deyil</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="224"/>
        <source>undated</source>
        <translation>tarixsiz</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="264"/>
        <source>Show %1 on the timeline</source>
        <translation>%1 tarixini zaman xəttində göstər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/reader.py" line="388"/>
        <source>Match %1 of %2</source>
        <translation>Tapıntı %1 / %2</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="44"/>
        <source>Item</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="44"/>
        <source>Passage</source>
        <translation>Parça</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="44"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="44"/>
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="68"/>
        <source>(whole item)</source>
        <translation>(bütün material)</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="112"/>
        <source>Bookmarks</source>
        <translation>Əlfəcinlər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="123"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="124"/>
        <source>Jump back to the passage (Enter)</source>
        <translation>Parçaya qayıt (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="125"/>
        <source>Edit note</source>
        <translation>Qeydi redaktə et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="126"/>
        <source>Edit the note (F2)</source>
        <translation>Qeydi redaktə et (F2)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="127"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="128"/>
        <source>Remove the bookmark (Delete)</source>
        <translation>Əlfəcini sil (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/bookmarks_panel.py" line="167"/>
        <source>No bookmarks yet: press Ctrl+D on an item, or select a passage of an article and press Ctrl+D</source>
        <translation>Hələ əlfəcin yoxdur: materialda Ctrl+D basın və ya məqalədən parça seçib Ctrl+D basın</translation>
    </message>
</context>
<context>
    <name>CollectionPanel</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="187"/>
        <source>Collection entries</source>
        <translation>Kolleksiyanın materialları</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="218"/>
        <source>Slideshow</source>
        <translation>Slayd-şou</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="218"/>
        <source>Play the collection as a slideshow (F5)</source>
        <translation>Kolleksiyanı slayd-şou kimi göstər (F5)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="219"/>
        <source>Rename…</source>
        <translation>Adını dəyiş…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="219"/>
        <source>Rename the collection (F2 in the sidebar)</source>
        <translation>Kolleksiyanın adını dəyiş (yan paneldə F2)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="220"/>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="220"/>
        <source>Delete the collection (its items stay)</source>
        <translation>Kolleksiyanı sil (materiallar qalır)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="270"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n material</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/collections_panel.py" line="275"/>
        <source>This collection is empty: drag photos here</source>
        <translation>Bu kolleksiya boşdur: fotoları bura sürükləyin</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="117"/>
        <source>Create collection “%1”</source>
        <translation>“%1” kolleksiyasını yarat</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="136"/>
        <source>Rename collection to “%1”</source>
        <translation>Kolleksiyanın adını “%1” et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="163"/>
        <source>Delete collection “%1”</source>
        <translation>“%1” kolleksiyasını sil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="182"/>
        <source>Add %n item(s) to a collection</source>
        <translation>
            <numerusform>Kolleksiyaya %n material əlavə et</numerusform>
            <numerusform>Kolleksiyaya %n material əlavə et</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="207"/>
        <source>Remove %n item(s) from a collection</source>
        <translation>
            <numerusform>Kolleksiyadan %n material çıxar</numerusform>
            <numerusform>Kolleksiyadan %n material çıxar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="227"/>
        <source>Reorder a collection</source>
        <translation>Kolleksiyanın sırasını dəyiş</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="245"/>
        <source>Edit a caption</source>
        <translation>İmzanı redaktə et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="263"/>
        <source>Choose a cover</source>
        <translation>Üz qabığını seç</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="287"/>
        <source>Edit %1</source>
        <translation>%1 redaktəsi</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="304"/>
        <source>Edit tags</source>
        <translation>Teqləri redaktə et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="333"/>
        <source>Bookmark a passage</source>
        <translation>Parçanı əlfəcinə əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="335"/>
        <source>Bookmark an item</source>
        <translation>Materialı əlfəcinə əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="357"/>
        <source>Remove a bookmark</source>
        <translation>Əlfəcini sil</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="374"/>
        <source>Edit a bookmark note</source>
        <translation>Əlfəcin qeydini redaktə et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="396"/>
        <source>Save search “%1”</source>
        <translation>“%1” axtarışını saxla</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/undo_commands.py" line="416"/>
        <source>Delete saved search “%1”</source>
        <translation>Saxlanmış “%1” axtarışını sil</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="87"/>
        <source>Importing</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="89"/>
        <source>Looking for files…</source>
        <translation>Fayllar axtarılır…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="95"/>
        <source>Import progress</source>
        <translation>İdxalın gedişi</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="103"/>
        <source>Cancelling after the current file…</source>
        <translation>Cari fayldan sonra dayandırılır…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="112"/>
        <source>%1 of %2 files</source>
        <translation>%1 / %2 fayl</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="116"/>
        <source>%1 files/s</source>
        <translation>%1 fayl/san</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="124"/>
        <source>Import finished</source>
        <translation>İdxal başa çatdı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="130"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="130"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="131"/>
        <source>Files not imported</source>
        <translation>İdxal edilməyən fayllar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="132"/>
        <source>Rejected (%1)</source>
        <translation>Rədd edildi (%1)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="137"/>
        <source>Already in the archive (%1)</source>
        <translation>Artıq arxivdə var (%1)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="141"/>
        <source>duplicate of an archived file</source>
        <translation>arxivdəki faylın təkrarı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="153"/>
        <source>Imported %1, duplicates %2, rejected %3.</source>
        <translation>İdxal edildi: %1, təkrar: %2, rədd edildi: %3.</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/import_dialog.py" line="157"/>
        <source>The import was cancelled; files already imported stay.</source>
        <translation>İdxal ləğv edildi; artıq idxal edilmiş fayllar qalır.</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="91"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="91"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="91"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="91"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="92"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="92"/>
        <source>Match</source>
        <translation>Uyğunluq</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="198"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_models.py" line="198"/>
        <source>Article</source>
        <translation>Məqalə</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_table.py" line="94"/>
        <source>Items</source>
        <translation>Materiallar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_table.py" line="164"/>
        <source>No results for “%1”</source>
        <translation>“%1” üçün nəticə yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_table.py" line="166"/>
        <source>Nothing matches the current filter</source>
        <translation>Cari süzgəcə uyğun heç nə yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/item_table.py" line="169"/>
        <source>This archive is empty: use File ▸ Import or drop files on the window</source>
        <translation>Bu arxiv boşdur: Fayl ▸ İdxal istifadə edin və ya faylları pəncərəyə atın</translation>
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
        <translation>Materiallar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="198"/>
        <source>Select an item to read or view it</source>
        <translation>Oxumaq və ya baxmaq üçün material seçin</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="202"/>
        <source>Detail</source>
        <translation>Ətraflı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="219"/>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="362"/>
        <source>Background tasks</source>
        <translation>Fon tapşırıqları</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="395"/>
        <source>Undo %1</source>
        <translation>Geri al: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="584"/>
        <source>Bookmark</source>
        <translation>Əlfəcin</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="584"/>
        <source>Note (optional):</source>
        <translation>Qeyd (istəyə görə):</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="590"/>
        <source>Passage bookmarked</source>
        <translation>Parça əlfəcinə əlavə edildi</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="591"/>
        <source>Item bookmarked</source>
        <translation>Material əlfəcinə əlavə edildi</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="600"/>
        <source>Added %1 item(s) to “%2”</source>
        <translation>“%2” kolleksiyasına %1 material əlavə edildi</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="605"/>
        <source>New collection</source>
        <translation>Yeni kolleksiya</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="605"/>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="617"/>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="732"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="617"/>
        <source>Rename collection</source>
        <translation>Kolleksiyanın adını dəyiş</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="624"/>
        <source>Delete the collection “%1”? Its items stay in the archive, and Undo brings the collection back.</source>
        <translation>“%1” kolleksiyası silinsin? Materiallar arxivdə qalır, “Geri al” kolleksiyanı qaytarır.</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="680"/>
        <source>Add to Collection</source>
        <translation>Kolleksiyaya əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="684"/>
        <source>New Collection…</source>
        <translation>Yeni kolleksiya…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="694"/>
        <source>Edit Caption</source>
        <translation>İmzanı redaktə et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="695"/>
        <source>Use as Cover</source>
        <translation>Üz qabığı et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="696"/>
        <source>Remove from Collection</source>
        <translation>Kolleksiyadan çıxar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="709"/>
        <source>Slideshow</source>
        <translation>Slayd-şou</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="710"/>
        <source>Rename…</source>
        <translation>Adını dəyiş…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="712"/>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="718"/>
        <source>Delete Saved Search</source>
        <translation>Saxlanmış axtarışı sil</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="730"/>
        <source>Type a search first, then save it</source>
        <translation>Əvvəlcə axtarış yazın, sonra saxlayın</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="732"/>
        <source>Save search</source>
        <translation>Axtarışı saxla</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="744"/>
        <source>Search saved as “%1”</source>
        <translation>Axtarış “%1” adı ilə saxlanıldı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="748"/>
        <source>Delete the saved search “%1”?</source>
        <translation>“%1” saxlanmış axtarışı silinsin?</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="757"/>
        <source>Search: %1</source>
        <translation>Axtarış: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="774"/>
        <source>Import files</source>
        <translation>Faylları idxal et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="781"/>
        <source>Import a folder</source>
        <translation>Qovluğu idxal et</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="790"/>
        <source>An import is already running</source>
        <translation>İdxal artıq gedir</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="803"/>
        <source>Importing %1/%2</source>
        <translation>İdxal %1/%2</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="834"/>
        <source>New archive (choose an empty folder)</source>
        <translation>Yeni arxiv (boş qovluq seçin)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="835"/>
        <source>Open archive</source>
        <translation>Arxivi aç</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="846"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="849"/>
        <source>The archive is open read-only (%1): browsing and search only</source>
        <translation>Arxiv yalnız oxumaq üçün açılıb (%1): yalnız baxış və axtarış</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="863"/>
        <source>Read-only</source>
        <translation>Yalnız oxumaq üçün</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="886"/>
        <source>The language will change the next time Memorial Viewer starts</source>
        <translation>Dil Memorial Viewer növbəti dəfə açılanda dəyişəcək</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="926"/>
        <source>Searching…</source>
        <translation>Axtarılır…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="926"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n material</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="931"/>
        <source>Filter: %1</source>
        <translation>Süzgəc: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="937"/>
        <source>Working…</source>
        <translation>İşlənir…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="949"/>
        <source>About Memorial Viewer</source>
        <translation>Memorial Viewer haqqında</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="950"/>
        <source>Memorial Viewer %1
An offline archive of articles and photographs.</source>
        <translation>Memorial Viewer %1
Məqalə və fotoşəkillərin oflayn arxivi.</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="964"/>
        <source>Memorial Viewer</source>
        <translation>Memorial Viewer</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/main_window.py" line="969"/>
        <source>Please confirm</source>
        <translation>Təsdiq edin</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="54"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="54"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="54"/>
        <source>Creator</source>
        <translation>Yaradıcı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="55"/>
        <source>Publisher</source>
        <translation>Nəşriyyat</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="55"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="56"/>
        <source>Tags</source>
        <translation>Teqlər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="56"/>
        <source>Rights</source>
        <translation>Hüquqlar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="57"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="58"/>
        <source>Caption</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="61"/>
        <source>1990-01-20, January 1990, c. 1990, 1988/1991</source>
        <translation>1990-01-20, yanvar 1990, t. 1990, 1988/1991</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/metadata_editor.py" line="63"/>
        <source>comma, separated</source>
        <translation>vergüllə, ayrılmış</translation>
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
        <translation>Foto şəbəkəsi</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="146"/>
        <source>Thumbnail size</source>
        <translation>Miniatür ölçüsü</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="147"/>
        <source>Thumbnail size (Ctrl+Plus / Ctrl+Minus)</source>
        <translation>Miniatür ölçüsü (Ctrl+Plus / Ctrl+Minus)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="152"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="220"/>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="222"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="226"/>
        <source>No results for “%1”</source>
        <translation>“%1” üçün nəticə yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="229"/>
        <source>No photos yet: use File ▸ Import or drop image files here</source>
        <translation>Hələ foto yoxdur: Fayl ▸ İdxal istifadə edin və ya şəkilləri bura atın</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_grid.py" line="232"/>
        <source>No photos match the current filter</source>
        <translation>Cari süzgəcə uyğun foto yoxdur</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="169"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="173"/>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="173"/>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="174"/>
        <source>Photo metadata and EXIF</source>
        <translation>Fotonun metaməlumatları və EXIF</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="181"/>
        <source>Previous photo (Left)</source>
        <translation>Əvvəlki foto (Sola)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="182"/>
        <source>Next photo (Right)</source>
        <translation>Növbəti foto (Sağa)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="183"/>
        <source>Fit</source>
        <translation>Sığdır</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="183"/>
        <source>Fit to window (0)</source>
        <translation>Pəncərəyə sığdır (0)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="184"/>
        <source>Actual size (1)</source>
        <translation>Həqiqi ölçü (1)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="185"/>
        <source>Zoom out (-)</source>
        <translation>Kiçilt (-)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="186"/>
        <source>Zoom in (+)</source>
        <translation>Böyüt (+)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="187"/>
        <source>Rotate view (R)</source>
        <translation>Döndər (R)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="188"/>
        <source>Full screen (F)</source>
        <translation>Tam ekran (F)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="189"/>
        <source>Show or hide EXIF and metadata (I)</source>
        <translation>EXIF və metaməlumatları göstər/gizlət (I)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="261"/>
        <source>Error</source>
        <translation>Xəta</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="265"/>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="268"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="267"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="267"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="268"/>
        <source>Caption</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="269"/>
        <source>Creator</source>
        <translation>Yaradıcı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="269"/>
        <source>Rights</source>
        <translation>Hüquqlar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="270"/>
        <source>Tags</source>
        <translation>Teqlər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="271"/>
        <source>Collections</source>
        <translation>Kolleksiyalar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="272"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="272"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="278"/>
        <source>Image</source>
        <translation>Şəkil</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="279"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="279"/>
        <source>Pixels</source>
        <translation>Piksellər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="280"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="280"/>
        <source>Taken</source>
        <translation>Çəkilib</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="281"/>
        <source>Artist</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/photo_viewer.py" line="281"/>
        <source>Copyright</source>
        <translation>Müəllif hüququ</translation>
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
        <translation>Axtarış (Ctrl+F): sözlər, &quot;ifadə&quot;, tag:…, date:1990, kind:photo</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="93"/>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="103"/>
        <source>Kind filter</source>
        <translation>Növ süzgəci</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="104"/>
        <source>All kinds</source>
        <translation>Bütün növlər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="104"/>
        <source>Articles</source>
        <translation>Məqalələr</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="104"/>
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="106"/>
        <source>Date from</source>
        <translation>Tarixdən</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="106"/>
        <source>from</source>
        <translation>başlanğıc</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="107"/>
        <source>to</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="107"/>
        <source>Date to</source>
        <translation>Tarixədək</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="110"/>
        <source>Year filter</source>
        <translation>İl filtri</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="111"/>
        <source>Items per year for the current search</source>
        <translation>Cari axtarış üzrə illərə görə elementlər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="113"/>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="336"/>
        <source>Any year</source>
        <translation>İstənilən il</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="116"/>
        <source>Tag filter</source>
        <translation>Teq süzgəci</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="119"/>
        <source>Collection filter</source>
        <translation>Kolleksiya süzgəci</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="122"/>
        <source>Save…</source>
        <translation>Saxla…</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="123"/>
        <source>Save this search (Ctrl+S)</source>
        <translation>Bu axtarışı saxla (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="124"/>
        <source>Save search</source>
        <translation>Axtarışı saxla</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="126"/>
        <source>Clear search and filters (Ctrl+Shift+X)</source>
        <translation>Axtarışı və süzgəcləri təmizlə (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="127"/>
        <source>Clear search and filters</source>
        <translation>Axtarışı və süzgəcləri təmizlə</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="171"/>
        <source>A year, month or day: 1990, 1990-01, 1990-01-20</source>
        <translation>İl, ay və ya gün: 1990, 1990-01, 1990-01-20</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="253"/>
        <source>Filter: %1</source>
        <translation>Süzgəc: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="279"/>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="327"/>
        <source>Any tag</source>
        <translation>İstənilən teq</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="280"/>
        <source>Any collection</source>
        <translation>İstənilən kolleksiya</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="309"/>
        <source>All kinds (%1)</source>
        <translation>Bütün növlər (%1)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="310"/>
        <source>Articles (%1)</source>
        <translation>Məqalələr (%1)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/search_bar.py" line="311"/>
        <source>Photos (%1)</source>
        <translation>Fotolar (%1)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="23"/>
        <source>Photo viewer: zoom in / out / fit / 100 %</source>
        <translation>Foto baxışı: böyüt / kiçilt / sığdır / 100 %</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="25"/>
        <source>Photo viewer: rotate view / full screen / EXIF</source>
        <translation>Foto baxışı: döndər / tam ekran / EXIF</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="27"/>
        <source>Photo viewer: previous / next photo</source>
        <translation>Foto baxışı: əvvəlki / növbəti foto</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="29"/>
        <source>Timeline: previous / next period, extend range</source>
        <translation>Zaman xətti: əvvəlki / növbəti dövr, aralığı genişlət</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="31"/>
        <source>Timeline: filter to period / drill down / up / clear</source>
        <translation>Zaman xətti: dövrə görə süz / aşağı / yuxarı / təmizlə</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="33"/>
        <source>Collection: edit caption / remove entry</source>
        <translation>Kolleksiya: imzanı redaktə et / materialı çıxar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="35"/>
        <source>Slideshow: previous / next / pause / close</source>
        <translation>Slayd-şou: əvvəlki / növbəti / fasilə / bağla</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="43"/>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="53"/>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/shortcuts_dialog.py" line="53"/>
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="77"/>
        <source>Navigation</source>
        <translation>Naviqasiya</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="102"/>
        <source>Library</source>
        <translation>Kitabxana</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="103"/>
        <source>All items</source>
        <translation>Bütün materiallar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="104"/>
        <source>Articles</source>
        <translation>Məqalələr</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="105"/>
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="107"/>
        <source>Timeline</source>
        <translation>Zaman xətti</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="108"/>
        <source>Collections</source>
        <translation>Kolleksiyalar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="109"/>
        <source>Bookmarks</source>
        <translation>Əlfəcinlər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="110"/>
        <source>Saved searches</source>
        <translation>Saxlanmış axtarışlar</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/sidebar.py" line="111"/>
        <source>Tags</source>
        <translation>Teqlər</translation>
    </message>
</context>
<context>
    <name>Slideshow</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/slideshow.py" line="34"/>
        <source>Slideshow</source>
        <translation>Slayd-şou</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/slideshow.py" line="60"/>
        <source>Slideshow: %1</source>
        <translation>Slayd-şou: %1</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/slideshow.py" line="67"/>
        <source>This collection is empty</source>
        <translation>Bu kolleksiya boşdur</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="102"/>
        <source>Timeline chart</source>
        <translation>Zaman xətti diaqramı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="160"/>
        <source>No dated items for this search</source>
        <translation>Bu axtarış üçün tarixli material yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="285"/>
        <source>%1: %2 item(s)</source>
        <translation>%1: %2 material</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="287"/>
        <source>, %1 of them from approximate dates</source>
        <translation>, onlardan %1 təxmini tarixlərdən</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="312"/>
        <source>Up one level (Backspace)</source>
        <translation>Bir səviyyə yuxarı (Backspace)</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="313"/>
        <source>Up one level</source>
        <translation>Bir səviyyə yuxarı</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="315"/>
        <source>Item dates</source>
        <translation>Materialların tarixləri</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="316"/>
        <source>Dates mentioned in texts</source>
        <translation>Mətnlərdə çəkilən tarixlər</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="317"/>
        <source>Timeline axis</source>
        <translation>Zaman xəttinin oxu</translation>
    </message>
    <message>
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="361"/>
        <source>All years</source>
        <translation>Bütün illər</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/memorial_viewer/ui/timeline_view.py" line="383"/>
        <source>%n dated item(s)</source>
        <translation>
            <numerusform>%n tarixli material</numerusform>
            <numerusform>%n tarixli material</numerusform>
        </translation>
    </message>
</context>
</TS>
