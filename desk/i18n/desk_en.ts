<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <source>Desk tidak dapat dibuka</source>
        <translation>Desk cannot be opened</translation>
    </message>
    <message>
        <source>Periksa tanggal komputer</source>
        <translation>Check the computer&apos;s date</translation>
    </message>
    <message>
        <source>Tanggal ini &amp;benar</source>
        <translation>This date is &amp;right</translation>
    </message>
    <message>
        <source>&amp;Tutup Desk</source>
        <translation>&amp;Close Desk</translation>
    </message>
    <message>
        <source>Folder data {folder} tidak dapat dibuat atau ditulisi. Pilih folder lain dengan --data-dir atau DESK_DATA_DIR.</source>
        <translation>The data folder {folder} cannot be created or written to. Choose another folder with --data-dir or DESK_DATA_DIR.</translation>
    </message>
    <message>
        <source>Simpan salinan data ke folder</source>
        <translation>Save a copy of the data to a folder</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>PERINGATAN</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>GALAT</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Akses</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Pemeriksaan berkas</source>
        <translation>File check</translation>
    </message>
    <message>
        <source>Cadangan terbaru</source>
        <translation>Newest backup</translation>
    </message>
    <message>
        <source>Folder cadangan kedua</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Jam komputer</source>
        <translation>Computer clock</translation>
    </message>
    <message>
        <source>dapat ditulisi</source>
        <translation>can be written to</translation>
    </message>
    <message>
        <source>Hari libur dan hari kerja</source>
        <translation>Holidays and working days</translation>
    </message>
    <message>
        <source>Bidang dan layanan</source>
        <translation>Units and services</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>{title} (belum disimpan)</source>
        <translation>{title} (not saved yet)</translation>
    </message>
    <message>
        <source>Administrasi</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Versi Desk</source>
        <translation>Desk version</translation>
    </message>
    <message>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Berkas catatan</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>di server basis data (cadangan server kantor, atau `desk backup` dengan pg_dump)</source>
        <translation>on the database server (the office server&apos;s backups, or `desk backup` with pg_dump)</translation>
    </message>
    <message>
        <source>(tidak ada: basis data di server)</source>
        <translation>(none: the database is on a server)</translation>
    </message>
    <message>
        <source>(tidak ditulis)</source>
        <translation>(not written)</translation>
    </message>
    <message>
        <source>{name}: boleh dipakai, disalin, diubah dan dibagikan, tanpa jaminan apa pun</source>
        <translation>{name}: may be used, copied, changed and shared, with no warranty of any kind</translation>
    </message>
    <message>
        <source>Tentang Desk</source>
        <translation>About Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Desk&lt;/b&gt; — aplikasi loket pelayanan publik</source>
        <translation>&lt;b&gt;Desk&lt;/b&gt; — the public-service counter application</translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Disalin: tempelkan (Ctrl+V) di pesan untuk yang membantu Anda.</source>
        <translation>Copied: paste it (Ctrl+V) into your message to whoever helps you.</translation>
    </message>
    <message>
        <source>Buka {area}</source>
        <translation>Open {area}</translation>
    </message>
    <message>
        <source>Alt + huruf bergaris bawah</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <source>Tombol atau isian dengan huruf itu</source>
        <translation>The button or field with that letter</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Isian berikutnya / sebelumnya</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Menutup jendela kecil (isian yang belum disimpan ditanyakan dulu)</source>
        <translation>Closes a small window (unsaved input is asked about first)</translation>
    </message>
    <message>
        <source>Bantuan singkat</source>
        <translation>Quick help</translation>
    </message>
    <message>
        <source>Desk dipakai dengan keyboard. Pintasan di bawah berlaku di jendela utama; menu menunjukkan yang sama. Panduan lengkap ada di README yang menyertai Desk.</source>
        <translation>Desk is used with the keyboard. The shortcuts below work in the main window; the menus show the same. The full guide is in the README that comes with Desk.</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Fungsi</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Bidang:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Kode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Bidang / layanan</source>
        <translation>Unit / service</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Sejak berkas lengkap</source>
        <translation>From a complete file</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Dicentang: jangka waktu layanan dihitung sejak berkas lengkap. Tidak dicentang: sejak permohonan diterima. Tenggat permohonan yang masih terbuka dihitung ulang.</source>
        <translation>Ticked: the service time counts from the complete file. Unticked: from the day the request was received. Open requests get their due dates recounted.</translation>
    </message>
    <message>
        <source>Tambah bi&amp;dang…</source>
        <translation>Add &amp;unit…</translation>
    </message>
    <message>
        <source>Tambah la&amp;yanan…</source>
        <translation>Add ser&amp;vice…</translation>
    </message>
    <message>
        <source>&amp;Ubah nama…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>BERKAS.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>hanya periksa, jangan simpan</source>
        <translation>only check, do not save</translation>
    </message>
    <message numerus="yes">
        <source>{bad} dari %n baris bermasalah; tidak ada yang diimpor. Perbaiki berkasnya lalu impor lagi.</source>
        <translation>
            <numerusform>{bad} of %n row has problems; nothing was imported. Fix the file and import it again.</numerusform>
            <numerusform>{bad} of %n rows have problems; nothing was imported. Fix the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pemeriksaan: semua %n baris baik. Tidak ada yang disimpan (--dry-run).</source>
        <translation>
            <numerusform>Check: the %n row is fine. Nothing was saved (--dry-run).</numerusform>
            <numerusform>Check: all %n rows are fine. Nothing was saved (--dry-run).</numerusform>
        </translation>
    </message>
    <message>
        <source>tanggal &apos;{text}&apos; tidak valid (tulis 2027-01-01 atau 01/01/2027)</source>
        <translation>date &apos;{text}&apos; is not valid (write 2027-01-01 or 01/01/2027)</translation>
    </message>
    <message>
        <source>Tidak ada tenggat permohonan yang berubah.</source>
        <translation>No request deadline changed.</translation>
    </message>
    <message numerus="yes">
        <source>Tenggat %n permohonan yang masih berjalan berubah (tercatat di riwayatnya):</source>
        <translation>
            <numerusform>The deadline of %n open request changed (recorded in its history):</numerusform>
            <numerusform>The deadlines of %n open requests changed (recorded in their history):</numerusform>
        </translation>
    </message>
    <message>
        <source>daftar hari libur (libur nasional, cuti bersama, libur lokal)</source>
        <translation>list of holidays (national holidays, collective leave, local holidays)</translation>
    </message>
    <message>
        <source>perintah hari libur</source>
        <translation>holiday commands</translation>
    </message>
    <message>
        <source>tampilkan hari libur (bawaan: tahun ini)</source>
        <translation>show the holidays (default: this year)</translation>
    </message>
    <message>
        <source>tahun, mis. 2027</source>
        <translation>year, e.g. 2027</translation>
    </message>
    <message>
        <source>semua tahun</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>impor hari libur dari CSV atau Excel, atau dari daftar bawaan Desk (--from-library TAHUN)</source>
        <translation>import holidays from CSV or Excel, or from Desk&apos;s built-in list (--from-library YEAR)</translation>
    </message>
    <message>
        <source>Impor daftar hari libur dari berkas CSV atau Excel dengan kolom tanggal, nama, jenis dan (boleh) dasar hukum; pemisah koma atau titik koma; tanggal 2027-01-01 atau 01/01/2027; jenis libur_nasional, cuti_bersama atau lokal. Semua baris diperiksa: bila satu saja bermasalah, tidak ada yang diimpor. Atau, tanpa berkas: --from-library TAHUN mengambil libur nasional dan cuti bersama tahun itu dari daftar yang terpasang bersama Desk (tanpa internet); hari yang sudah ada tidak diubah, dan tanggal perkiraan (hari raya Islam sebelum ditetapkan) diimpor hanya dengan --confirm-estimated. Tenggat permohonan yang masih berjalan dihitung ulang.</source>
        <translation>Import a list of holidays from a CSV or Excel file with the columns date, name, kind and (optionally) legal basis; separated by commas or semicolons; dates as 2027-01-01 or 01/01/2027; kind libur_nasional, cuti_bersama or lokal. Every row is checked: if a single one has a problem, nothing is imported. Or, without a file: --from-library YEAR takes that year&apos;s national holidays and collective leave from the list installed with Desk (no internet needed); days already listed are not changed, and estimated dates (Islamic holidays before they are decreed) are imported only with --confirm-estimated. The deadlines of open requests are recalculated.</translation>
    </message>
    <message>
        <source>hapus dulu hari libur tahun yang ada di berkas (SKB perubahan)</source>
        <translation>first delete the holidays of the years in the file (an amended SKB)</translation>
    </message>
    <message>
        <source>TAHUN</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>ambil daftar tahun itu dari daftar bawaan Desk, bukan dari berkas</source>
        <translation>take that year&apos;s list from Desk&apos;s built-in list, not from a file</translation>
    </message>
    <message>
        <source>tanggal perkiraan sudah diperiksa (mis. dengan SKB): impor juga</source>
        <translation>the estimated dates have been checked (e.g. against the SKB): import them too</translation>
    </message>
    <message>
        <source>impor yang lain dulu; tanggal perkiraan ditambahkan setelah ditetapkan</source>
        <translation>import the others first; estimated dates are added once decreed</translation>
    </message>
    <message>
        <source>tambah satu hari libur</source>
        <translation>add one holiday</translation>
    </message>
    <message>
        <source>TANGGAL</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>NAMA</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>libur_nasional (bawaan), cuti_bersama atau lokal (ditetapkan Bupati)</source>
        <translation>libur_nasional (default), cuti_bersama or lokal (decreed by the Bupati)</translation>
    </message>
    <message>
        <source>dasar hukum, mis. nomor SKB atau Keputusan Bupati</source>
        <translation>legal basis, e.g. the SKB number or the Bupati&apos;s decree</translation>
    </message>
    <message>
        <source>hapus hari libur pada tanggal itu</source>
        <translation>delete the holiday on that date</translation>
    </message>
    <message>
        <source>tahun {year}</source>
        <translation>year {year}</translation>
    </message>
    <message numerus="yes">
        <source>%n hari libur, {label}.</source>
        <translation>
            <numerusform>%n holiday, {label}.</numerusform>
            <numerusform>%n holidays, {label}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada hari libur untuk {label}.</source>
        <translation>No holidays yet for {label}.</translation>
    </message>
    <message>
        <source>Dasar hukum:</source>
        <translation>Legal basis:</translation>
    </message>
    <message numerus="yes">
        <source>%n hari tanpa dasar hukum tercatat.</source>
        <translation>
            <numerusform>%n day without a recorded legal basis.</numerusform>
            <numerusform>%n days without a recorded legal basis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tahun yang ada: {years}</source>
        <translation>Years listed: {years}</translation>
    </message>
    <message>
        <source>PERINGATAN: {warning}</source>
        <translation>WARNING: {warning}</translation>
    </message>
    <message>
        <source>Pilih salah satu: BERKAS.csv, atau --from-library TAHUN (tanpa --replace-year).</source>
        <translation>Choose one: FILE.csv, or --from-library YEAR (without --replace-year).</translation>
    </message>
    <message>
        <source>Sebutkan berkas CSV atau Excel, atau --from-library TAHUN.</source>
        <translation>Name a CSV or Excel file, or --from-library YEAR.</translation>
    </message>
    <message>
        <source>--confirm-estimated dan --skip-estimated hanya untuk --from-library.</source>
        <translation>--confirm-estimated and --skip-estimated are only for --from-library.</translation>
    </message>
    <message numerus="yes">
        <source>(%n hari libur lama diganti)</source>
        <translation>
            <numerusform>(%n old holiday replaced)</numerusform>
            <numerusform>(%n old holidays replaced)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Diimpor: %n hari libur{replaced}.</source>
        <translation>
            <numerusform>Imported: %n holiday{replaced}.</numerusform>
            <numerusform>Imported: %n holidays{replaced}.</numerusform>
        </translation>
    </message>
    <message>
        <source>BARU</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>SUDAH ADA</source>
        <translation>ALREADY LISTED</translation>
    </message>
    <message>
        <source>BERBEDA</source>
        <translation>DIFFERENT</translation>
    </message>
    <message>
        <source>Daftar hari libur {year} bawaan Desk ({source}), dibandingkan dengan daftar kantor:</source>
        <translation>Desk&apos;s built-in holiday list for {year} ({source}), compared with the office&apos;s list:</translation>
    </message>
    <message>
        <source>(di daftar: {kind}, {name}; tidak diubah)</source>
        <translation>(listed: {kind}, {name}; not changed)</translation>
    </message>
    <message>
        <source>PERKIRAAN</source>
        <translation>ESTIMATED</translation>
    </message>
    <message>
        <source>TETAP (tidak ada di daftar bawaan)</source>
        <translation>KEPT (not in the built-in list)</translation>
    </message>
    <message>
        <source>{new} baru, {stored} sudah ada, {different} berbeda (yang sudah ada tidak diubah).</source>
        <translation>{new} new, {stored} already listed, {different} different (those already listed are not changed).</translation>
    </message>
    <message>
        <source>Tanggal perkiraan (belum ditetapkan pemerintah): {days}.</source>
        <translation>Estimated dates (not yet decreed by the government): {days}.</translation>
    </message>
    <message>
        <source>Tidak ada yang disimpan (--dry-run).</source>
        <translation>Nothing was saved (--dry-run).</translation>
    </message>
    <message numerus="yes">
        <source>%n tanggal perkiraan perlu dipastikan. Periksa dengan SKB, lalu jalankan lagi dengan --confirm-estimated untuk mengimpornya juga, atau --skip-estimated untuk mengimpor yang lain dulu. Tidak ada yang diimpor.</source>
        <translation>
            <numerusform>%n estimated date needs confirming. Check it against the SKB, then run again with --confirm-estimated to import it too, or --skip-estimated to import the others first. Nothing was imported.</numerusform>
            <numerusform>%n estimated dates need confirming. Check them against the SKB, then run again with --confirm-estimated to import them too, or --skip-estimated to import the others first. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daftar bawaan tidak dapat diimpor; tidak ada yang diimpor.</source>
        <translation>The built-in list cannot be imported; nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Diimpor: %n hari libur dari daftar bawaan ({source}).</source>
        <translation>
            <numerusform>Imported: %n holiday from the built-in list ({source}).</numerusform>
            <numerusform>Imported: %n holidays from the built-in list ({source}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditambahkan: {day}, {name} ({kind}).</source>
        <translation>Added: {day}, {name} ({kind}).</translation>
    </message>
    <message>
        <source>Dihapus: {day}, {name}.</source>
        <translation>Deleted: {day}, {name}.</translation>
    </message>
    <message>
        <source>hari &apos;{part}&apos; tidak dikenal</source>
        <translation>day &apos;{part}&apos; is not known</translation>
    </message>
    <message>
        <source>hari &apos;{part}&apos; tidak dikenal (senin, selasa, ..., minggu)</source>
        <translation>day &apos;{part}&apos; is not known (senin, selasa, ..., minggu)</translation>
    </message>
    <message>
        <source>hari kerja dalam seminggu (bawaan Senin–Jumat)</source>
        <translation>working days of the week (default Monday–Friday)</translation>
    </message>
    <message>
        <source>HARI</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>hari kerja baru, mis. senin-jumat atau senin-sabtu atau senin,selasa,rabu</source>
        <translation>the new working days, e.g. senin-jumat or senin-sabtu or senin,selasa,rabu</translation>
    </message>
    <message>
        <source>Hari kerja: {days}</source>
        <translation>Working days: {days}</translation>
    </message>
    <message>
        <source>profil kantor: nama, alamat, kepala, logo, pola nomor</source>
        <translation>office profile: name, address, head, logo, number pattern</translation>
    </message>
    <message>
        <source>perintah profil kantor</source>
        <translation>office profile commands</translation>
    </message>
    <message>
        <source>tampilkan profil kantor</source>
        <translation>show the office profile</translation>
    </message>
    <message>
        <source>ubah isian profil: NAMA=NILAI ...</source>
        <translation>change profile fields: NAME=VALUE ...</translation>
    </message>
    <message>
        <source>Ubah isian profil kantor. Nama isian: {fields}. Tanggal ditulis 31-12-2025 atau 2025-12-31; NIP boleh dengan spasi; baris baru pada jabatan lengkap ditulis \n.</source>
        <translation>Change fields of the office profile. Field names: {fields}. Dates as 31-12-2025 or 2025-12-31; a NIP may have spaces; a new line in the full position title is written \n.</translation>
    </message>
    <message>
        <source>NAMA=NILAI</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>pasang logo (PNG/JPEG) untuk kop surat, atau hapus dengan --remove</source>
        <translation>set the logo (PNG/JPEG) for the letterhead, or remove it with --remove</translation>
    </message>
    <message>
        <source>BERKAS</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>hapus logo (kop memakai tempat kosong)</source>
        <translation>remove the logo (the letterhead keeps an empty space)</translation>
    </message>
    <message>
        <source>pratinjau nomor permohonan berikutnya tiap bidang</source>
        <translation>preview each unit&apos;s next request number</translation>
    </message>
    <message>
        <source>pola lain untuk dicoba, mis. &apos;{seq:04d}/{unit}/{office}/{year}&apos;</source>
        <translation>another pattern to try, e.g. &apos;{seq:04d}/{unit}/{office}/{year}&apos;</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <source>ada (%n bita)</source>
        <translation>
            <numerusform>set (%n byte)</numerusform>
            <numerusform>set (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>PERINGATAN: profil kantor belum lengkap untuk cetak resmi; dokumen resmi bertanda KONSEP sampai semua ini diisi:</source>
        <translation>WARNING: the office profile is not complete enough for official printing; official documents are marked KONSEP (draft) until all of these are filled in:</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; bukan NAMA=NILAI dengan nama isian profil ({fields}).</source>
        <translation>&apos;{item}&apos; is not NAME=VALUE with the name of a profile field ({fields}).</translation>
    </message>
    <message>
        <source>Profil kantor disimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <source>Sebutkan berkas logo (PNG atau JPEG), atau --remove.</source>
        <translation>Name a logo file (PNG or JPEG), or --remove.</translation>
    </message>
    <message numerus="yes">
        <source>Logo dipasang: {format} {width}×{height} piksel, %n bita. Tampil di kop surat dokumen yang dicetak mulai sekarang.</source>
        <translation>
            <numerusform>Logo set: {format} {width}×{height} pixels, %n byte. It appears on the letterhead of documents printed from now on.</numerusform>
            <numerusform>Logo set: {format} {width}×{height} pixels, %n bytes. It appears on the letterhead of documents printed from now on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pola: {pattern}</source>
        <translation>Pattern: {pattern}</translation>
    </message>
    <message>
        <source>layanan: daftar, aktifkan, nonaktifkan</source>
        <translation>services: list, activate, deactivate</translation>
    </message>
    <message>
        <source>perintah layanan</source>
        <translation>service commands</translation>
    </message>
    <message>
        <source>semua layanan, juga yang nonaktif</source>
        <translation>all services, inactive ones too</translation>
    </message>
    <message>
        <source>tawarkan lagi di loket dan pencarian standar</source>
        <translation>offer again at the counter and in the standards search</translation>
    </message>
    <message>
        <source>jangan tawarkan lagi (permohonan lama tetap)</source>
        <translation>no longer offer it (earlier requests stay)</translation>
    </message>
    <message>
        <source>KODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>jangka waktu layanan dihitung sejak berkas lengkap atau sejak diterima</source>
        <translation>the service&apos;s completion time counts from complete documents or from receipt</translation>
    </message>
    <message>
        <source>lengkap: sejak berkas lengkap (bawaan); diterima: sejak permohonan diterima</source>
        <translation>lengkap: from complete documents (default); diterima: from when the request was received</translation>
    </message>
    <message>
        <source>bidang nonaktif</source>
        <translation>unit inactive</translation>
    </message>
    <message>
        <source>belum ada standar</source>
        <translation>no standard yet</translation>
    </message>
    <message>
        <source>sejak lengkap</source>
        <translation>from complete</translation>
    </message>
    <message>
        <source>sejak diterima</source>
        <translation>from receipt</translation>
    </message>
    <message>
        <source>Layanan dengan kode {code} tidak ada (lihat `desk services list`).</source>
        <translation>There is no service with code {code} (see `desk services list`).</translation>
    </message>
    <message>
        <source>Layanan {code} aktif: {name}</source>
        <translation>Service {code} active: {name}</translation>
    </message>
    <message>
        <source>Layanan {code} nonaktif: {name}</source>
        <translation>Service {code} inactive: {name}</translation>
    </message>
    <message>
        <source>sejak berkas lengkap</source>
        <translation>from complete documents</translation>
    </message>
    <message>
        <source>sejak permohonan diterima</source>
        <translation>from when the request is received</translation>
    </message>
    <message numerus="yes">
        <source>%n permohonan terbuka mendapat tenggat baru</source>
        <translation>
            <numerusform>%n open request has a new deadline</numerusform>
            <numerusform>%n open requests have a new deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>tenggat permohonan terbuka tidak berubah</source>
        <translation>the deadlines of open requests did not change</translation>
    </message>
    <message>
        <source>Layanan {code}: jangka waktu dihitung {rule}; {dates}.</source>
        <translation>Service {code}: completion time counted {rule}; {dates}.</translation>
    </message>
    <message>
        <source>daftar kecamatan dan desa/kelurahan (kode Kemendagri)</source>
        <translation>list of districts and villages (Kemendagri codes)</translation>
    </message>
    <message>
        <source>perintah wilayah</source>
        <translation>region commands</translation>
    </message>
    <message>
        <source>tampilkan kecamatan dan desa</source>
        <translation>show the districts and villages</translation>
    </message>
    <message>
        <source>impor kode dan nama wilayah dari CSV (kode, nama)</source>
        <translation>import region codes and names from CSV (code, name)</translation>
    </message>
    <message>
        <source>Impor daftar wilayah Kemendagri dari CSV dengan kolom kode dan nama (63.11.04,Batumandi; 63.11.04.2008,Mampari). Baris provinsi dan kabupaten dilewati. Bila satu baris bermasalah, tidak ada yang diimpor.</source>
        <translation>Import the Kemendagri region list from a CSV with the columns code and name (63.11.04,Batumandi; 63.11.04.2008,Mampari). Province and regency rows are skipped. If one row has a problem, nothing is imported.</translation>
    </message>
    <message>
        <source>hapus wilayah yang tidak ada di berkas (kecuali yang dipakai alamat pengunjung)</source>
        <translation>delete regions not in the file (except those used in visitors&apos; addresses)</translation>
    </message>
    <message>
        <source>{kecamatan} kecamatan, {desa} desa/kelurahan.</source>
        <translation>{kecamatan} districts, {desa} villages.</translation>
    </message>
    <message>
        <source>Wilayah: {added} ditambah, {renamed} diubah namanya, {removed} dihapus.</source>
        <translation>Regions: {added} added, {renamed} renamed, {removed} deleted.</translation>
    </message>
    <message>
        <source>Tetap disimpan karena dipakai alamat pengunjung: {regions}</source>
        <translation>Kept because visitors&apos; addresses use them: {regions}</translation>
    </message>
    <message>
        <source>kertas bawaan tiap jenis dokumen (untuk semua loket)</source>
        <translation>the default paper of each document kind (for every counter)</translation>
    </message>
    <message>
        <source>JENIS</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>receipt, attendance, standard atau berita_acara</source>
        <translation>receipt, attendance, standard or berita_acara</translation>
    </message>
    <message>
        <source>KERTAS</source>
        <translation>PAPER</translation>
    </message>
    <message>
        <source>A4, F4, A5, 80mm atau 58mm</source>
        <translation>A4, F4, A5, 80mm or 58mm</translation>
    </message>
    <message>
        <source>Sebutkan jenis dokumen dan kertasnya, mis. `desk paper attendance F4`.</source>
        <translation>Name the document kind and its paper, e.g. `desk paper attendance F4`.</translation>
    </message>
    <message>
        <source>Tidak ditawarkan di loket dan pencarian standar.</source>
        <translation>Not offered at the counter or in the standards search.</translation>
    </message>
    <message>
        <source>{name} aktif: ditawarkan di loket.</source>
        <translation>{name} active: offered at the counter.</translation>
    </message>
    <message>
        <source>{name} nonaktif: tidak ditawarkan lagi; permohonan lamanya tetap tercatat.</source>
        <translation>{name} inactive: no longer offered; its past requests stay on record.</translation>
    </message>
    <message>
        <source>{name}: jangka waktu dihitung sejak berkas lengkap.</source>
        <translation>{name}: the service time counts from the complete file.</translation>
    </message>
    <message>
        <source>{name}: jangka waktu dihitung sejak permohonan diterima.</source>
        <translation>{name}: the service time counts from the day the request was received.</translation>
    </message>
    <message>
        <source> {n} permohonan terbuka mendapat tenggat baru.</source>
        <translation> {n} open requests got a new due date.</translation>
    </message>
    <message>
        <source>Tambah bidang</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Bidang {code} ditambahkan.</source>
        <translation>Unit {code} added.</translation>
    </message>
    <message>
        <source>Tambah layanan</source>
        <translation>Add service</translation>
    </message>
    <message>
        <source>Layanan {code} ditambahkan, belum aktif: tulis standar pelayanannya di layar Standar Pelayanan, lalu aktifkan di sini.</source>
        <translation>Service {code} added, not active yet: write its service standard in the Service Standards screen, then activate it here.</translation>
    </message>
    <message>
        <source>Ubah nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{bad} dari {n} baris bermasalah. Perbaiki berkasnya; tidak ada yang diimpor selama masih ada baris bermasalah.</source>
        <translation>{bad} of {n} rows have problems. Correct the file; nothing is imported while any row has a problem.</translation>
    </message>
    <message>
        <source>Semua {n} baris baik dan siap diimpor.</source>
        <translation>All {n} rows are fine and ready to import.</translation>
    </message>
    <message>
        <source>Ubah hari libur</source>
        <translation>Edit holiday</translation>
    </message>
    <message>
        <source>Tambah hari libur</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <source>mis. Tahun Baru 2027 Masehi</source>
        <translation>e.g. New Year 2027</translation>
    </message>
    <message>
        <source>— pilih jenis —</source>
        <translation>— choose a type —</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Dasar hukum:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Simpan dan t&amp;ambah lagi</source>
        <translation>Save and &amp;add another</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih jenis hari libur.</source>
        <translation>Choose the type of holiday.</translation>
    </message>
    <message>
        <source>Tersimpan: {day}, {name}.</source>
        <translation>Saved: {day}, {name}.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Ambil dari &amp;daftar bawaan Desk…</source>
        <translation>Take from Desk&apos;s &amp;built-in list…</translation>
    </message>
    <message>
        <source>Libur nasional dan cuti bersama tahun ini dari daftar yang terpasang bersama Desk, tanpa internet</source>
        <translation>This year&apos;s national holidays and collective leave days from the list installed with Desk, without internet</translation>
    </message>
    <message>
        <source>buat cadangan basis data sekarang</source>
        <translation>back up the database now</translation>
    </message>
    <message>
        <source>Buat cadangan basis data (SQLite: API cadangan daring SQLite, diperiksa dengan quick_check; PostgreSQL: pg_dump bila terpasang).</source>
        <translation>Back up the database (SQLite: SQLite&apos;s online backup API, checked with quick_check; PostgreSQL: pg_dump when installed).</translation>
    </message>
    <message>
        <source>simpan cadangan di folder ini (bawaan: &lt;data&gt;/backups dan folder cadangan kedua bila diatur)</source>
        <translation>save the backup in this folder (default: &lt;data&gt;/backups and the second backup folder when set)</translation>
    </message>
    <message>
        <source>daftar cadangan dengan tanggal dan ukurannya</source>
        <translation>list the backups with their dates and sizes</translation>
    </message>
    <message>
        <source>pulihkan basis data dari berkas cadangan</source>
        <translation>restore the database from a backup file</translation>
    </message>
    <message>
        <source>Pulihkan basis data dari berkas cadangan. Sebelumnya Desk selalu membuat cadangan pengaman dari basis data yang sekarang (atau menyisihkan berkas yang rusak).</source>
        <translation>Restore the database from a backup file. Desk always first makes a safety backup of the current database (or sets a damaged file aside).</translation>
    </message>
    <message>
        <source>berkas cadangan (jalur, atau nama dari `desk backups`)</source>
        <translation>the backup file (a path, or a name from `desk backups`)</translation>
    </message>
    <message>
        <source>Cadangan gagal.</source>
        <translation>The backup failed.</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <source>  {when}, {size}, diperiksa: ok</source>
        <translation>  {when}, {size}, checked: ok</translation>
    </message>
    <message>
        <source>Peringatan: {problem}</source>
        <translation>Warning: {problem}</translation>
    </message>
    <message>
        <source>(tidak tersedia)</source>
        <translation>(not available)</translation>
    </message>
    <message>
        <source>Folder cadangan: {folders}</source>
        <translation>Backup folders: {folders}</translation>
    </message>
    <message>
        <source>Basis data ada di server PostgreSQL: cadangan utamanya dibuat di server.</source>
        <translation>The database is on a PostgreSQL server: its main backups are made on the server.</translation>
    </message>
    <message>
        <source>Belum ada cadangan.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message numerus="yes">
        <source>%n cadangan, terbaru di atas.</source>
        <translation>
            <numerusform>%n backup, newest first.</numerusform>
            <numerusform>%n backups, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pemulihan dari loket hanya untuk basis data SQLite. Basis data PostgreSQL dipulihkan di server dengan pg_restore oleh pengelola server.</source>
        <translation>Restoring from a counter is only for SQLite databases. A PostgreSQL database is restored on the server with pg_restore by the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>Cadangan: {path}</source>
        <translation>Backup: {path}</translation>
    </message>
    <message numerus="yes">
        <source>  berisi %n permohonan, revisi skema {revision}</source>
        <translation>
            <numerusform>  holds %n request, schema revision {revision}</numerusform>
            <numerusform>  holds %n requests, schema revision {revision}</numerusform>
        </translation>
    </message>
    <message>
        <source>Basis data sekarang akan diganti isi cadangan ini (setelah dicadangkan). Lanjutkan? Ketik YA: </source>
        <translation>The current database will be replaced by this backup (after it is backed up). Go on? Type YES: </translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada yang berubah.</source>
        <translation>Cancelled; nothing changed.</translation>
    </message>
    <message>
        <source>Cadangan pengaman basis data sebelumnya: {path}</source>
        <translation>Safety backup of the previous database: {path}</translation>
    </message>
    <message>
        <source>Berkas rusak disisihkan (tidak dihapus): {path}</source>
        <translation>Damaged file set aside (not deleted): {path}</translation>
    </message>
    <message numerus="yes">
        <source>Dipulihkan dari {name}: %n permohonan.</source>
        <translation>
            <numerusform>Restored from {name}: %n request.</numerusform>
            <numerusform>Restored from {name}: %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>Tanggal akhir periode tidak boleh sebelum tanggal awal.</source>
        <translation>The end date of the period cannot be before the start date.</translation>
    </message>
    <message>
        <source>Rentang periode paling panjang sepuluh tahun.</source>
        <translation>A period can be at most ten years long.</translation>
    </message>
    <message>
        <source>Jenis periode tidak dikenal: {kind}.</source>
        <translation>Unknown kind of period: {kind}.</translation>
    </message>
    <message>
        <source>Tanggal &apos;{text}&apos; ditulis TTTT-BB-HH, mis. 2026-11-03.</source>
        <translation>Write the date &apos;{text}&apos; as YYYY-MM-DD, e.g. 2026-11-03.</translation>
    </message>
    <message>
        <source>Tanggal {text} tidak ada.</source>
        <translation>The date {text} does not exist.</translation>
    </message>
    <message>
        <source>Tahun {year} di luar jangkauan.</source>
        <translation>The year {year} is out of range.</translation>
    </message>
    <message>
        <source>Periode &apos;{text}&apos; tidak dikenal. Tulis 2026-11-03 (sehari), 2026-11 (bulan), 2026-Q4 (triwulan), 2026-S2 (semester), 2026 (tahun) atau 2026-01-05..2026-02-10 (rentang tanggal).</source>
        <translation>Unknown period &apos;{text}&apos;. Write 2026-11-03 (one day), 2026-11 (month), 2026-Q4 (quarter), 2026-S2 (half-year), 2026 (year) or 2026-01-05..2026-02-10 (date range).</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>libur nasional</source>
        <translation>national holidays</translation>
    </message>
    <message>
        <source>cuti bersama</source>
        <translation>collective leave days</translation>
    </message>
    <message>
        <source>libur lokal</source>
        <translation>local holidays</translation>
    </message>
    <message>
        <source>mis. SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor …</source>
        <translation>e.g. Joint Decree (SKB) of the Ministers of Religious Affairs, Manpower and PANRB Number …</translation>
    </message>
    <message>
        <source>mis. Keputusan Bupati Balangan Nomor …</source>
        <translation>e.g. Decree of the Regent of Balangan Number …</translation>
    </message>
    <message>
        <source>Pilih jenisnya dulu: SKB tiga menteri atau Keputusan Bupati</source>
        <translation>Choose the type first: joint ministerial decree (SKB) or Regent&apos;s decree</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Ta&amp;mbah…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Impor CSV/Excel…</source>
        <translation>&amp;Import CSV/Excel…</translation>
    </message>
    <message>
        <source>Kolom: tanggal, nama, jenis (libur_nasional / cuti_bersama / lokal), dasar hukum</source>
        <translation>Columns: date, name, type (libur_nasional / cuti_bersama / lokal), legal basis</translation>
    </message>
    <message>
        <source>Hari kerja dalam seminggu</source>
        <translation>Working days of the week</translation>
    </message>
    <message>
        <source>Simpan hari &amp;kerja</source>
        <translation>Save working &amp;days</translation>
    </message>
    <message>
        <source>Permohonan yang tenggatnya berubah karena perubahan terakhir</source>
        <translation>Requests whose due date changed with the last change</translation>
    </message>
    <message>
        <source>Belum ada perubahan hari libur di layar ini.</source>
        <translation>No holiday changes on this screen yet.</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tenggat lama</source>
        <translation>Old due date</translation>
    </message>
    <message>
        <source>Tenggat baru</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Belum ada hari libur untuk tahun {year}: ambil dari daftar bawaan Desk, impor daftar SKB tiga menteri (CSV atau Excel) atau tambahkan satu per satu.</source>
        <translation>No holidays for {year} yet: take them from Desk&apos;s built-in list, import the joint ministerial decree (SKB) list (CSV or Excel) or add them one by one.</translation>
    </message>
    <message>
        <source>{what}. Tidak ada tenggat permohonan yang berubah.</source>
        <translation>{what}. No request&apos;s due date changed.</translation>
    </message>
    <message>
        <source>{what}. Tenggat {n} permohonan yang masih berjalan berubah; tiap perubahan tercatat di riwayat permohonannya. Beri tahu pemohon bila perlu.</source>
        <translation>{what}. The due dates of {n} open requests changed; each change is recorded in the request&apos;s history. Tell the visitors if needed.</translation>
    </message>
    <message>
        <source>{n} hari libur ditambahkan</source>
        <translation>{n} holidays added</translation>
    </message>
    <message>
        <source>Hari libur diubah</source>
        <translation>Holiday changed</translation>
    </message>
    <message>
        <source>Hapus {day}, {name} dari daftar hari libur? Tenggat permohonan yang masih berjalan dihitung ulang.</source>
        <translation>Delete {day}, {name} from the holiday list? The due dates of open requests are calculated again.</translation>
    </message>
    <message>
        <source>Hapus hari libur</source>
        <translation>Delete holiday</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{name} dihapus</source>
        <translation>{name} deleted</translation>
    </message>
    <message>
        <source>Impor hari libur dari CSV atau Excel</source>
        <translation>Import holidays from CSV or Excel</translation>
    </message>
    <message>
        <source>Impor hari libur: {name}</source>
        <translation>Import holidays: {name}</translation>
    </message>
    <message>
        <source>Setiap baris diperiksa. Bila satu saja bermasalah, tidak ada yang diimpor. Setelah impor, tenggat permohonan yang masih berjalan dihitung ulang.</source>
        <translation>Every row is checked. If even one has a problem, nothing is imported. After the import, the due dates of open requests are calculated again.</translation>
    </message>
    <message>
        <source>&amp;Ganti daftar hari libur tahun yang ada di berkas (SKB perubahan)</source>
        <translation>&amp;Replace the holiday list of the years in the file (an amending SKB)</translation>
    </message>
    <message>
        <source>{n} hari libur diimpor dari {name}</source>
        <translation>{n} holidays imported from {name}</translation>
    </message>
    <message>
        <source>{n} hari libur {year} ditambahkan dari daftar bawaan Desk ({source})</source>
        <translation>{n} holidays of {year} added from Desk&apos;s built-in list ({source})</translation>
    </message>
    <message>
        <source>Hari kerja: {names}</source>
        <translation>Working days: {names}</translation>
    </message>
    <message>
        <source>Pratinjau kop surat</source>
        <translation>Letterhead preview</translation>
    </message>
    <message>
        <source>Hari libur {year} dari daftar bawaan Desk</source>
        <translation>Holidays {year} from Desk&apos;s built-in list</translation>
    </message>
    <message>
        <source>Daftar libur nasional dan cuti bersama tahun {year} yang terpasang bersama Desk ({source}); tidak diambil dari internet. Hari yang sudah ada di daftar kantor tidak diubah. Tanggal bertanda perkiraan belum ditetapkan pemerintah: centang (Spasi) yang sudah Anda pastikan, mis. dengan SKB tiga menteri; yang tidak dicentang tidak diimpor.</source>
        <translation>The national holidays and collective leave days of {year} installed with Desk ({source}); not taken from the internet. Days already on the office&apos;s list are not changed. Dates marked estimated have not been set by the government yet: tick (Space) those you have confirmed, e.g. with the joint ministerial decree (SKB); unticked ones are not imported.</translation>
    </message>
    <message>
        <source>Cuti bersama {year} belum ada di daftar bawaan (SKB-nya terbit setelah Desk ini dibuat): tambahkan setelah terbit.</source>
        <translation>Collective leave days of {year} are not in the built-in list yet (their SKB was issued after this Desk was made): add them once it is issued.</translation>
    </message>
    <message>
        <source>Pastikan</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>PERKIRAAN: diimpor bila dicentang</source>
        <translation>ESTIMATED: imported when ticked</translation>
    </message>
    <message>
        <source>tetap: tidak ada di daftar bawaan</source>
        <translation>kept: not in the built-in list</translation>
    </message>
    <message>
        <source>{n} hari libur akan ditambahkan; {same} sudah ada di daftar kantor.</source>
        <translation>{n} holidays will be added; {same} are already on the office&apos;s list.</translation>
    </message>
    <message>
        <source>{n} tanggal perkiraan belum dicentang: tidak diimpor sekarang.</source>
        <translation>{n} estimated dates not ticked: not imported now.</translation>
    </message>
    <message>
        <source>&amp;Impor {n} hari libur</source>
        <translation>&amp;Import {n} holidays</translation>
    </message>
    <message>
        <source>Siapkan profil kantor</source>
        <translation>Set up the office profile</translation>
    </message>
    <message>
        <source>Akun admin sudah dibuat. Sekarang isi data kantor yang dicetak di setiap dokumen resmi (tanda terima, standar pelayanan, maklumat, berita acara). Selama ada yang belum diisi, dokumen bertanda KONSEP. Semua ini dapat diubah lagi di Administrasi › Profil kantor.</source>
        <translation>The admin account has been created. Now fill in the office details printed on every official document (receipts, service standards, service announcements, minutes). While anything is missing, documents are marked DRAFT. All of this can be changed later in Administration › Office profile.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kop surat seperti akan dicetak&lt;/b&gt; (berubah saat Anda mengetik)</source>
        <translation>&lt;b&gt;The letterhead as it will be printed&lt;/b&gt; (changes as you type)</translation>
    </message>
    <message>
        <source>&amp;Impor logo…</source>
        <translation>&amp;Import logo…</translation>
    </message>
    <message>
        <source>Isi &amp;nanti</source>
        <translation>Fill in &amp;later</translation>
    </message>
    <message>
        <source>&amp;Simpan dan mulai (Ctrl+S)</source>
        <translation>&amp;Save and start (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pratinjau kop tidak dapat dibuat.</source>
        <translation>The letterhead preview cannot be made.</translation>
    </message>
    <message>
        <source>Semua data untuk dokumen resmi sudah diisi: dokumen dicetak tanpa tanda KONSEP.</source>
        <translation>Everything official documents need is filled in: documents print without the DRAFT mark.</translation>
    </message>
    <message>
        <source>Belum diisi, dokumen bertanda KONSEP:</source>
        <translation>Not filled in yet, documents are marked DRAFT:</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG image (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo tersimpan ({w}×{h} piksel).</source>
        <translation>Logo saved ({w}×{h} pixels).</translation>
    </message>
    <message>
        <source>Belum disimpan: periksa isian yang bertanda merah.</source>
        <translation>Not saved yet: check the fields marked in red.</translation>
    </message>
    <message>
        <source>Kertas bawaan (untuk semua loket) dan printer di PC ini</source>
        <translation>Default paper (for every counter) and the printers of this PC</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dokumen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Document&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kertas bawaan kantor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Office default paper&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Printer di PC ini&lt;/b&gt;</source>
        <translation>&lt;b&gt;Printer on this PC&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Printer bawaan sistem</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <source>Kertas bawaan berlaku untuk dokumen yang dicetak mulai sekarang; petugas masih dapat memilih kertas lain di pratinjau. Printer dipilih per PC karena tiap loket memakai printernya sendiri.</source>
        <translation>The default paper applies to documents printed from now on; officers can still choose another paper in the preview. Printers are chosen per PC because each counter uses its own printer.</translation>
    </message>
    <message>
        <source>{name} (tidak terpasang)</source>
        <translation>{name} (not installed)</translation>
    </message>
    <message>
        <source>Kertas bawaan {doc}: {paper}.</source>
        <translation>Default paper for {doc}: {paper}.</translation>
    </message>
    <message>
        <source>Printer {doc} di PC ini: {printer}.</source>
        <translation>Printer for {doc} on this PC: {printer}.</translation>
    </message>
    <message>
        <source>printer bawaan sistem</source>
        <translation>the system default printer</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Alamat dan kontak</source>
        <translation>Address and contacts</translation>
    </message>
    <message>
        <source>Tanggal dan waktu</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Pimpinan dan penanggung jawab</source>
        <translation>Head of office and person in charge</translation>
    </message>
    <message>
        <source>Penetapan standar dan maklumat</source>
        <translation>Standards decree and service announcement</translation>
    </message>
    <message>
        <source>Nomor permohonan</source>
        <translation>Request numbers</translation>
    </message>
    <message>
        <source>Pelindungan data pribadi dan maklumat</source>
        <translation>Personal data protection and service announcement</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Profil kantor memuat perubahan yang belum disimpan. Simpan sekarang?</source>
        <translation>The office profile has unsaved changes. Save them now?</translation>
    </message>
    <message>
        <source>&amp;Buang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Tetap di profil</source>
        <translation>&amp;Stay in the profile</translation>
    </message>
    <message>
        <source>● Ada perubahan yang belum disimpan</source>
        <translation>● There are unsaved changes</translation>
    </message>
    <message>
        <source>Batalkan pe&amp;rubahan</source>
        <translation>Undo cha&amp;nges</translation>
    </message>
    <message>
        <source>&amp;Simpan profil</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <source>Penanda: {help}. {{seq:04d}} menulis nomor urut 4 angka (0001).</source>
        <translation>Markers: {help}. {{seq:04d}} writes a 4-digit sequence number (0001).</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Nomor berikutnya</source>
        <translation>Next number</translation>
    </message>
    <message>
        <source>Logo (lambang daerah) di kop surat</source>
        <translation>Logo (regional emblem) on the letterhead</translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Pratinjau &amp;kop surat…</source>
        <translation>Letterhead pre&amp;view…</translation>
    </message>
    <message>
        <source>PNG atau JPEG, tersimpan di basis data. Logo dan isian lain tampil di dokumen yang dicetak mulai sekarang; cetakan lama tetap seperti saat dicetak.</source>
        <translation>PNG or JPEG, stored in the database. The logo and the other fields appear on documents printed from now on; earlier printouts stay as they were printed.</translation>
    </message>
    <message>
        <source>Belum siap untuk cetak resmi (dokumen bertanda KONSEP sampai diisi): {fields}.</source>
        <translation>Not ready for official printing (documents are marked DRAFT until filled in): {fields}.</translation>
    </message>
    <message>
        <source>Profil belum disimpan: periksa isian yang bertanda merah.</source>
        <translation>Profile not saved: check the fields marked in red.</translation>
    </message>
    <message>
        <source>Profil kantor disimpan. Dokumen yang dicetak mulai sekarang memakainya.</source>
        <translation>Office profile saved. Documents printed from now on use it.</translation>
    </message>
    <message>
        <source>(belum ada logo)</source>
        <translation>(no logo yet)</translation>
    </message>
    <message>
        <source>Kop surat memakai tempat kosong sampai logo diimpor.</source>
        <translation>The letterhead keeps an empty space until a logo is imported.</translation>
    </message>
    <message>
        <source>Logo terpasang: {w}×{h} piksel.</source>
        <translation>Logo in place: {w}×{h} pixels.</translation>
    </message>
    <message>
        <source>Logo {name} tersimpan ({fmt}, {w}×{h} piksel).</source>
        <translation>Logo {name} saved ({fmt}, {w}×{h} pixels).</translation>
    </message>
    <message>
        <source>Hapus logo dari kop surat?</source>
        <translation>Remove the logo from the letterhead?</translation>
    </message>
    <message>
        <source>Logo dihapus.</source>
        <translation>Logo removed.</translation>
    </message>
    <message>
        <source>kecamatan 63.11.04, desa 63.11.04.2008</source>
        <translation>district 63.11.04, village 63.11.04.2008</translation>
    </message>
    <message>
        <source>&amp;Kode Kemendagri:</source>
        <translation>&amp;Kemendagri code:</translation>
    </message>
    <message>
        <source>Daftar ini mengisi pilihan kecamatan dan desa pada alamat pemohon. Kode mengikuti Kepmendagri (kecamatan 63.11.04, desa 63.11.04.2008, kelurahan 63.11.06.1019).</source>
        <translation>This list fills the district and village choices of a visitor&apos;s address. Codes follow the Minister of Home Affairs decree (district 63.11.04, village 63.11.04.2008, urban village 63.11.06.1019).</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Dipakai pengunjung</source>
        <translation>Used by visitors</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Kolom: kode, nama (baris provinsi dan kabupaten dilewati)</source>
        <translation>Columns: code, name (province and regency rows are skipped)</translation>
    </message>
    <message>
        <source>Tambah wilayah</source>
        <translation>Add region</translation>
    </message>
    <message>
        <source>{name} ditambahkan.</source>
        <translation>{name} added.</translation>
    </message>
    <message>
        <source>Ubah nama wilayah</source>
        <translation>Rename region</translation>
    </message>
    <message>
        <source>Nama {code} diubah.</source>
        <translation>{code} renamed.</translation>
    </message>
    <message>
        <source>Hapus wilayah</source>
        <translation>Delete region</translation>
    </message>
    <message>
        <source>Hapus {level} {name} ({code})?</source>
        <translation>Delete {level} {name} ({code})?</translation>
    </message>
    <message>
        <source>{name} dihapus.</source>
        <translation>{name} deleted.</translation>
    </message>
    <message>
        <source>Impor wilayah dari CSV atau Excel</source>
        <translation>Import regions from CSV or Excel</translation>
    </message>
    <message>
        <source>Impor wilayah: {name}</source>
        <translation>Import regions: {name}</translation>
    </message>
    <message>
        <source>Setiap baris diperiksa. Bila satu saja bermasalah, tidak ada yang diimpor.</source>
        <translation>Every row is checked. If even one has a problem, nothing is imported.</translation>
    </message>
    <message>
        <source>&amp;Hapus wilayah yang tidak ada di berkas (kecuali yang dipakai alamat pengunjung)</source>
        <translation>&amp;Delete regions not in the file (except those used in visitors&apos; addresses)</translation>
    </message>
    <message>
        <source>Wilayah: {a} ditambah, {r} diubah namanya, {d} dihapus.</source>
        <translation>Regions: {a} added, {r} renamed, {d} deleted.</translation>
    </message>
    <message>
        <source>Tetap disimpan karena dipakai alamat pengunjung: {codes}.</source>
        <translation>Kept because visitors&apos; addresses use them: {codes}.</translation>
    </message>
    <message>
        <source>Beri tahu admin Desk</source>
        <translation>Tell Desk&apos;s admin</translation>
    </message>
    <message>
        <source>daftar hadir forum konsultasi publik (PDF), diisi peserta undangan</source>
        <translation>attendance sheet of a public consultation forum (PDF), with the invited participants</translation>
    </message>
    <message>
        <source>notulen forum (PDF)</source>
        <translation>forum minutes (PDF)</translation>
    </message>
    <message>
        <source>berita acara forum (PDF)</source>
        <translation>forum berita acara (official report, PDF)</translation>
    </message>
    <message>
        <source>rekap kehadiran forum per unsur dan jenis kelamin (PDF)</source>
        <translation>forum attendance recap by group and sex (PDF)</translation>
    </message>
    <message>
        <source>nomor forum</source>
        <translation>forum number</translation>
    </message>
    <message>
        <source>berkas PDF yang ditulis</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>ukuran kertas (bawaan: pengaturan kantor)</source>
        <translation>paper size (default: the office&apos;s setting)</translation>
    </message>
    <message>
        <source>kertas mendatar (lanskap)</source>
        <translation>landscape paper</translation>
    </message>
    <message>
        <source>baris kosong bernomor untuk peserta tanpa undangan (bawaan 10)</source>
        <translation>numbered blank rows for participants without an invitation (default 10)</translation>
    </message>
    <message>
        <source>lembar kosong tanpa nama peserta</source>
        <translation>a blank sheet without participant names</translation>
    </message>
    <message>
        <source>urutan peserta: per unsur lalu nama (bawaan) atau nama saja</source>
        <translation>participant order: by group then name (default) or by name only</translation>
    </message>
    <message>
        <source>tampilkan kolom No. HP (hanya untuk peserta yang menyetujui); perlu --user atau --as-system</source>
        <translation>show the phone number column (only for participants who consented); needs --user or --as-system</translation>
    </message>
    <message>
        <source>{document} dicetak pada kertas {papers}, bukan {paper}.</source>
        <translation>{document} is printed on {papers} paper, not {paper}.</translation>
    </message>
    <message>
        <source> atau </source>
        <translation> or </translation>
    </message>
    <message>
        <source>--blank-rows harus antara 0 dan {most}.</source>
        <translation>--blank-rows must be between 0 and {most}.</translation>
    </message>
    <message>
        <source>lanskap</source>
        <translation>landscape</translation>
    </message>
    <message numerus="yes">
        <source>Daftar hadir ({paper}{landscape}; %n peserta, {blank} baris kosong){copy} ditulis ke {path}.</source>
        <translation>
            <numerusform>Attendance sheet ({paper}{landscape}; %n participant, {blank} blank rows){copy} written to {path}.</numerusform>
            <numerusform>Attendance sheet ({paper}{landscape}; %n participants, {blank} blank rows){copy} written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notulen ({paper}){copy} ditulis ke {path}.</source>
        <translation>Minutes ({paper}){copy} written to {path}.</translation>
    </message>
    <message>
        <source>Berita acara ({paper}){copy} ditulis ke {path}.</source>
        <translation>Berita acara ({paper}){copy} written to {path}.</translation>
    </message>
    <message>
        <source>Rekap kehadiran ({paper}){copy} ditulis ke {path}.</source>
        <translation>Attendance recap ({paper}){copy} written to {path}.</translation>
    </message>
    <message>
        <source>Beri tahu admin Desk ({names})</source>
        <translation>Tell Desk&apos;s admin ({names})</translation>
    </message>
    <message>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Hari libur tahun {years} belum dimasukkan, jadi tenggat permohonan yang melewati hari libur itu mungkin terlalu cepat. {tell}.</source>
        <translation>The holidays of {years} have not been entered, so the due dates of requests that run over those holidays may be too early. {tell}.</translation>
    </message>
    <message>
        <source>⚠ Hari libur {years} belum dimasukkan</source>
        <translation>⚠ Holidays {years} not entered yet</translation>
    </message>
    <message>
        <source>Peringatan hari libur</source>
        <translation>Holiday reminder</translation>
    </message>
    <message>
        <source>Buka daftar hari libur</source>
        <translation>Open the holiday list</translation>
    </message>
    <message>
        <source>Jangan ingatkan sampai 1 Januari {year}</source>
        <translation>Do not remind me until 1 January {year}</translation>
    </message>
    <message>
        <source>Untuk semua loket. Peringatan di bilah status tetap ada; mulai 1 Januari {year} Desk mengingatkan lagi setiap mulai sampai daftar hari liburnya dimasukkan.</source>
        <translation>For every counter. The warning in the status bar stays; from 1 January {year} Desk reminds again at every start until its holiday list is entered.</translation>
    </message>
    <message>
        <source>Basis data rusak</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Basis data Desk tidak utuh. Pulihkan cadangan terakhir yang baik?</source>
        <translation>Desk&apos;s database is not intact. Restore the last good backup?</translation>
    </message>
    <message>
        <source>{message}

Cadangan terakhir yang baik: {created}, berisi {count} permohonan.
Permohonan yang dicatat sesudah cadangan itu tidak ada di dalamnya; berkas yang rusak disimpan untuk diperiksa.</source>
        <translation>{message}

Last good backup: {created}, holding {count} requests.
Requests recorded after that backup are not in it; the damaged file is kept for inspection.</translation>
    </message>
    <message>
        <source>Pulihkan cadangan ini</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Pilih cadangan lain…</source>
        <translation>Choose another backup…</translation>
    </message>
    <message>
        <source>Tutup Desk</source>
        <translation>Close Desk</translation>
    </message>
    <message>
        <source>Basis data tidak ditemukan</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <source>Berkas basis data {path} tidak ada, tetapi ada cadangan dari {created} berisi {count} permohonan.

Pulihkan cadangan itu? (Pilih Tidak untuk mulai dengan basis data kosong.)</source>
        <translation>The database file {path} does not exist, but there is a backup from {created} holding {count} requests.

Restore that backup? (Choose No to start with an empty database.)</translation>
    </message>
    <message>
        <source>Desk tidak dapat membuka basis data</source>
        <translation>Desk cannot open the database</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>{message}

Tidak ada cadangan yang baik untuk dipulihkan, jadi berkas itu tidak disisihkan: berkas itu dibiarkan apa adanya. Minta pengelola memindahkan atau mengganti nama berkas itu (datanya mungkin masih bisa diselamatkan), lalu buka Desk lagi untuk mulai dengan basis data kosong.</source>
        <translation>{message}

There is no good backup to restore, so the file was not set aside: it was left as it is. Ask the administrator to move or rename that file (its data may still be rescued), then open Desk again to start with an empty database.</translation>
    </message>
    <message>
        <source>Pemulihan gagal: {m}</source>
        <translation>Restoring failed: {m}</translation>
    </message>
    <message>
        <source>Berkas yang rusak disimpan sebagai {p}.</source>
        <translation>The damaged file is kept as {p}.</translation>
    </message>
    <message>
        <source>Basis data sebelumnya disimpan sebagai cadangan pengaman {p}.</source>
        <translation>The previous database is kept as safety backup {p}.</translation>
    </message>
    <message>
        <source>Basis data dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari {name}. {kept}</source>
        <translation>Database restored from {name}. {kept}</translation>
    </message>
    <message>
        <source>{message}

Tidak ada cadangan yang baik untuk dipulihkan. Jangan mencatat permohonan baru; tutup Desk dan minta bantuan pengelola.</source>
        <translation>{message}

There is no good backup to restore. Do not record new requests; close Desk and ask the administrator for help.</translation>
    </message>
    <message>
        <source>Maaf, terjadi kesalahan di Desk. Data yang sudah tersimpan tetap aman; isian yang belum disimpan mungkin perlu diulang.

Bila kesalahan ini terulang, hubungi pengelola aplikasi dan sertakan berkas catatan berikut:</source>
        <translation>Sorry, something went wrong in Desk. Data already saved is safe; unsaved input may need to be entered again.

If this happens again, contact the application&apos;s administrator and include this log file:</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Forum Konsultasi Publik</source>
        <translation>Public Consultation Forum</translation>
    </message>
    <message>
        <source>Ketik nama atau instansi peserta, lalu Enter untuk menandai hadir</source>
        <translation>Type a participant&apos;s name or institution, then Enter to mark them present</translation>
    </message>
    <message>
        <source>Tandai &amp;hadir</source>
        <translation>Mark &amp;present</translation>
    </message>
    <message>
        <source>&amp;Batal hadir</source>
        <translation>&amp;Undo present</translation>
    </message>
    <message>
        <source>Peserta &amp;tanpa undangan…</source>
        <translation>Participant &amp;without invitation…</translation>
    </message>
    <message>
        <source>Unsur</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Hadir pukul</source>
        <translation>Present at</translation>
    </message>
    <message>
        <source>akan dilaksanakan</source>
        <translation>will be held</translation>
    </message>
    <message>
        <source>sudah dilaksanakan</source>
        <translation>was held</translation>
    </message>
    <message>
        <source>Forum ini {when} pada {day}, bukan hari ini ({today}). Tanda hadir dicatat dengan jam sekarang; catat kehadiran pada hari forum.</source>
        <translation>This forum {when} on {day}, not today ({today}). Attendance is recorded at the current time; record attendance on the day of the forum.</translation>
    </message>
    <message>
        <source>Hadir {present} dari {n} peserta ({walk} tanpa undangan)</source>
        <translation>Present {present} of {n} participants ({walk} without invitation)</translation>
    </message>
    <message>
        <source>{n} peserta cocok: ketik lebih lengkap, atau pilih dengan panah bawah lalu Enter.</source>
        <translation>{n} participants match: type more, or choose with the down arrow and Enter.</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang cocok. Peserta tanpa undangan? Tambahkan dengan tombol &quot;Peserta tanpa undangan&quot;.</source>
        <translation>No participant matches. A participant without invitation? Add them with the &quot;Participant without invitation&quot; button.</translation>
    </message>
    <message>
        <source>Bukan hari forum</source>
        <translation>Not the forum&apos;s day</translation>
    </message>
    <message>
        <source>Tetap catat kehadiran sekarang?</source>
        <translation>Record attendance now anyway?</translation>
    </message>
    <message>
        <source>Tetap catat</source>
        <translation>Record anyway</translation>
    </message>
    <message>
        <source>Kehadiran tidak dicatat: hari ini bukan hari forum.</source>
        <translation>Attendance not recorded: today is not the forum&apos;s day.</translation>
    </message>
    <message>
        <source>{name} sudah hadir sejak pukul {time}.</source>
        <translation>{name} has been present since {time}.</translation>
    </message>
    <message>
        <source>{name} hadir pukul {time}.</source>
        <translation>{name} present at {time}.</translation>
    </message>
    <message>
        <source>Tanda hadir {name} dibatalkan.</source>
        <translation>{name}&apos;s attendance undone.</translation>
    </message>
    <message>
        <source>Peserta tanpa undangan</source>
        <translation>Participant without invitation</translation>
    </message>
    <message>
        <source>{name} ditambahkan dan hadir pukul {time}.</source>
        <translation>{name} added and present at {time}.</translation>
    </message>
    <message>
        <source>Ubah forum</source>
        <translation>Edit forum</translation>
    </message>
    <message>
        <source>Forum baru</source>
        <translation>New forum</translation>
    </message>
    <message>
        <source>mis. Forum Konsultasi Publik Standar Pelayanan DKUKMTK 2026</source>
        <translation>e.g. Public Consultation Forum on the DKUKMTK Service Standards 2026</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>pukul</source>
        <translation>at</translation>
    </message>
    <message>
        <source>&amp;Judul forum</source>
        <translation>Forum &amp;title</translation>
    </message>
    <message>
        <source>&amp;Topik</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>&amp;Waktu</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>Tem&amp;pat</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Moderator / narasumber</source>
        <translation>Moderator / speaker</translation>
    </message>
    <message>
        <source>Standar yang dibahas</source>
        <translation>Standards discussed</translation>
    </message>
    <message>
        <source>Pengaduan sudah diperiksa: isinya jelas dan termasuk pelayanan kantor ini.</source>
        <translation>The complaint has been checked: its content is clear and concerns this office&apos;s services.</translation>
    </message>
    <message>
        <source>Disposisi kepada kepala unit yang menangani.</source>
        <translation>Disposition to the head of the unit that handles it.</translation>
    </message>
    <message>
        <source>Tuliskan tindak lanjut yang dilakukan dan tanggapan yang disampaikan kepada pelapor.</source>
        <translation>Write the follow-up taken and the response given to the complainant.</translation>
    </message>
    <message>
        <source>Tuliskan jawaban akhir kepada pelapor. Jawaban ini dicetak pada surat jawaban.</source>
        <translation>Write the final answer to the complainant. This answer is printed on the reply letter.</translation>
    </message>
    <message>
        <source>Tuliskan alasan penolakan. Alasan dicetak pada surat jawaban.</source>
        <translation>Write the reason for refusing. The reason is printed on the reply letter.</translation>
    </message>
    <message>
        <source>Tuliskan alasannya dan instansi yang berwenang, bila diketahui. Alasan dicetak pada surat jawaban.</source>
        <translation>Write the reason and the competent agency, if known. The reason is printed on the reply letter.</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Isi disposisi</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Impor daftar undangan</source>
        <translation>Import invitation list</translation>
    </message>
    <message>
        <source>Berkas: {name}. Baris pertama berisi judul kolom: Nama, Unsur, Instansi, Jabatan, Jenis Kelamin (L/P), No HP, Setuju Foto (ya/tidak), Setuju Publikasi (ya/tidak). Semua baris diimpor sekaligus, atau tidak sama sekali bila ada yang bermasalah.</source>
        <translation>File: {name}. The first row holds the column titles: Nama, Unsur, Instansi, Jabatan, Jenis Kelamin (L/P), No HP, Setuju Foto (ya/tidak), Setuju Publikasi (ya/tidak). All rows are imported at once, or none at all if any has a problem.</translation>
    </message>
    <message>
        <source>Unsur / instansi</source>
        <translation>Group / institution</translation>
    </message>
    <message>
        <source>baris peserta</source>
        <translation>participant rows</translation>
    </message>
    <message>
        <source>baik</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>{bad} dari {n} baris bermasalah (merah). Perbaiki berkasnya lalu impor lagi; tidak ada yang diimpor selama masih ada baris bermasalah.</source>
        <translation>{bad} of {n} rows have problems (red). Correct the file and import again; nothing is imported while any row has a problem.</translation>
    </message>
    <message>
        <source>Berkas tidak memuat satu pun baris peserta.</source>
        <translation>The file holds no participant rows.</translation>
    </message>
    <message>
        <source>{n} peserta diimpor.</source>
        <translation>{n} participants imported.</translation>
    </message>
    <message>
        <source>&amp;Forum baru…</source>
        <translation>&amp;New forum…</translation>
    </message>
    <message>
        <source>&amp;Ubah forum…</source>
        <translation>&amp;Edit forum…</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Daftar hadir hari-H</source>
        <translation>Attendance on the day</translation>
    </message>
    <message>
        <source>Rekap</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Tanda terima berkas</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Standar pelayanan</source>
        <translation>Service standard</translation>
    </message>
    <message>
        <source>Papan informasi standar pelayanan</source>
        <translation>Service standard information board</translation>
    </message>
    <message>
        <source>Buku standar pelayanan</source>
        <translation>Service standards booklet</translation>
    </message>
    <message>
        <source>Maklumat pelayanan</source>
        <translation>Service pledge (maklumat)</translation>
    </message>
    <message>
        <source>Daftar hadir forum</source>
        <translation>Forum attendance sheet</translation>
    </message>
    <message>
        <source>Notulen</source>
        <translation>Notes of the meeting</translation>
    </message>
    <message>
        <source>Berita acara</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Rekap kehadiran forum</source>
        <translation>Forum attendance recap</translation>
    </message>
    <message>
        <source>Laporan hasil SKM</source>
        <translation>SKM results report</translation>
    </message>
    <message>
        <source>Poster hasil SKM</source>
        <translation>SKM results poster</translation>
    </message>
    <message>
        <source>Tanda terima pengaduan</source>
        <translation>Complaint receipt</translation>
    </message>
    <message>
        <source>Jawaban pengaduan</source>
        <translation>Complaint reply</translation>
    </message>
    <message>
        <source>Rekap permohonan</source>
        <translation>Request recap</translation>
    </message>
    <message>
        <source>Buku register pelayanan</source>
        <translation>Service register book</translation>
    </message>
    <message>
        <source>Belum ada forum. Buat forum konsultasi publik dengan &quot;Forum baru&quot;.</source>
        <translation>No forums yet. Create a public consultation forum with &quot;New forum&quot;.</translation>
    </message>
    <message>
        <source>akan datang</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>held</translation>
    </message>
    <message numerus="yes">
        <source>{present}/%n hadir</source>
        <translation>
            <numerusform>{present}/%n present</numerusform>
            <numerusform>{present}/%n present</numerusform>
        </translation>
    </message>
    <message>
        <source>Hari/tanggal</source>
        <translation>Day/date</translation>
    </message>
    <message>
        <source>Pukul</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Belum dipilih.</source>
        <translation>None chosen yet.</translation>
    </message>
    <message>
        <source>Versi standar yang disahkan forum ini</source>
        <translation>Standard versions approved by this forum</translation>
    </message>
    <message>
        <source>versi</source>
        <translation>version</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>in force from</translation>
    </message>
    <message>
        <source>Belum ada versi standar yang menyebut forum ini sebagai pengesahnya.</source>
        <translation>No standard version names this forum as its approval yet.</translation>
    </message>
    <message>
        <source>Tujuan: {purpose}</source>
        <translation>Purpose: {purpose}</translation>
    </message>
    <message>
        <source>ketik nama; peserta forum sebelumnya akan ditawarkan</source>
        <translation>type a name; participants of earlier forums are offered</translation>
    </message>
    <message>
        <source>— tidak diisi —</source>
        <translation>— not filled in —</translation>
    </message>
    <message>
        <source>Masyarakat / Pengguna Layanan</source>
        <translation>Public / Service users</translation>
    </message>
    <message>
        <source>Masyarakat</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Akademisi / Praktisi</source>
        <translation>Academics / Practitioners</translation>
    </message>
    <message>
        <source>Akademisi</source>
        <translation>Academics</translation>
    </message>
    <message>
        <source>Media Massa</source>
        <translation>Mass media</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Instansi Pemerintah</source>
        <translation>Government agencies</translation>
    </message>
    <message>
        <source>Pelaku Usaha / UMKM</source>
        <translation>Businesses / MSMEs</translation>
    </message>
    <message>
        <source>Pelaku Usaha/UMKM</source>
        <translation>Businesses/MSMEs</translation>
    </message>
    <message>
        <source>Tokoh Masyarakat</source>
        <translation>Community leaders</translation>
    </message>
    <message>
        <source>LSM / Organisasi Masyarakat Sipil</source>
        <translation>NGOs / Civil society organisations</translation>
    </message>
    <message>
        <source>LSM</source>
        <translation>NGOs</translation>
    </message>
    <message>
        <source>Internal (Penyelenggara)</source>
        <translation>Internal (organiser)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Unsur wajib diisi.</source>
        <translation>The service element is required.</translation>
    </message>
    <message>
        <source>Unsur &quot;{text}&quot; tidak dikenal. Pilih salah satu: {choices}.</source>
        <translation>Unknown service element &quot;{text}&quot;. Choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Jenis kelamin harus L (laki-laki) atau P (perempuan).</source>
        <translation>Sex must be L (male) or P (female).</translation>
    </message>
    <message>
        <source>Nama peserta wajib diisi.</source>
        <translation>The participant&apos;s name is required.</translation>
    </message>
    <message>
        <source>Instansi terlalu panjang (maksimal {max_institution} huruf).</source>
        <translation>The institution is too long (at most {max_institution} characters).</translation>
    </message>
    <message>
        <source>Jabatan terlalu panjang (maksimal {max_position} huruf).</source>
        <translation>The position is too long (at most {max_position} characters).</translation>
    </message>
    <message>
        <source>{label} harus &quot;ya&quot; atau &quot;tidak&quot;.</source>
        <translation>{label} must be &quot;yes&quot; or &quot;no&quot;.</translation>
    </message>
    <message>
        <source>Ganda: orang yang sama sudah ada di baris {row}.</source>
        <translation>Duplicate: the same person is already on row {row}.</translation>
    </message>
    <message>
        <source>Ganda: sudah terdaftar sebagai peserta forum ini.</source>
        <translation>Duplicate: already registered as a participant of this forum.</translation>
    </message>
    <message>
        <source>Judul forum wajib diisi.</source>
        <translation>The forum title is required.</translation>
    </message>
    <message>
        <source>Judul terlalu panjang (maksimal {max_title} huruf).</source>
        <translation>The title is too long (at most {max_title} characters).</translation>
    </message>
    <message>
        <source>Waktu mulai harus menyertakan zona waktu.</source>
        <translation>The start time must include a time zone.</translation>
    </message>
    <message>
        <source>Waktu selesai harus sesudah waktu mulai.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Tempat forum wajib diisi.</source>
        <translation>The forum venue is required.</translation>
    </message>
    <message>
        <source>Setiap acara harus punya uraian.</source>
        <translation>Every agenda item must have a description.</translation>
    </message>
    <message>
        <source>Pokok bahasan nomor {i} belum diisi.</source>
        <translation>Discussion topic number {i} is not filled in.</translation>
    </message>
    <message>
        <source>Pembicara pada pokok bahasan nomor {i} belum diisi.</source>
        <translation>The speaker of discussion topic number {i} is not filled in.</translation>
    </message>
    <message>
        <source>Unsur pada pokok bahasan nomor {i} tidak dikenal.</source>
        <translation>The group of discussion topic number {i} is not known.</translation>
    </message>
    <message>
        <source>Nomor berita acara terlalu panjang.</source>
        <translation>The minutes number is too long.</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang {question}?</source>
        <translation>What is your opinion of {question}?</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>kesesuaian persyaratan pelayanan dengan jenis pelayanannya</source>
        <translation>how well the service requirements fit the kind of service</translation>
    </message>
    <message>
        <source>Tidak sesuai</source>
        <translation>Not appropriate</translation>
    </message>
    <message>
        <source>Kurang sesuai</source>
        <translation>Less appropriate</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Appropriate</translation>
    </message>
    <message>
        <source>Sangat sesuai</source>
        <translation>Very appropriate</translation>
    </message>
    <message>
        <source>Sistem, Mekanisme, dan Prosedur</source>
        <translation>Systems, Mechanisms and Procedures</translation>
    </message>
    <message>
        <source>kemudahan prosedur pelayanan di unit ini</source>
        <translation>how easy the service procedure in this unit is</translation>
    </message>
    <message>
        <source>Tidak mudah</source>
        <translation>Not easy</translation>
    </message>
    <message>
        <source>Kurang mudah</source>
        <translation>Less easy</translation>
    </message>
    <message>
        <source>Mudah</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Sangat mudah</source>
        <translation>Very easy</translation>
    </message>
    <message>
        <source>Waktu Penyelesaian</source>
        <translation>Completion Time</translation>
    </message>
    <message>
        <source>kecepatan waktu dalam memberikan pelayanan</source>
        <translation>how quickly the service is delivered</translation>
    </message>
    <message>
        <source>Tidak cepat</source>
        <translation>Not fast</translation>
    </message>
    <message>
        <source>Kurang cepat</source>
        <translation>Less fast</translation>
    </message>
    <message>
        <source>Cepat</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Sangat cepat</source>
        <translation>Very fast</translation>
    </message>
    <message>
        <source>Biaya/Tarif</source>
        <translation>Cost/Fee</translation>
    </message>
    <message>
        <source>kewajaran biaya/tarif dalam pelayanan</source>
        <translation>how reasonable the service cost/fee is</translation>
    </message>
    <message>
        <source>Sangat mahal</source>
        <translation>Very expensive</translation>
    </message>
    <message>
        <source>Cukup mahal</source>
        <translation>Quite expensive</translation>
    </message>
    <message>
        <source>Murah</source>
        <translation>Cheap</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Produk Spesifikasi Jenis Pelayanan</source>
        <translation>Service Product Specification</translation>
    </message>
    <message>
        <source>kesesuaian produk pelayanan dengan standar pelayanan</source>
        <translation>how well the service product matches the service standard</translation>
    </message>
    <message>
        <source>Kompetensi Pelaksana</source>
        <translation>Staff Competence</translation>
    </message>
    <message>
        <source>kompetensi/kemampuan petugas</source>
        <translation>the competence/ability of the staff</translation>
    </message>
    <message>
        <source>Tidak kompeten</source>
        <translation>Not competent</translation>
    </message>
    <message>
        <source>Kurang kompeten</source>
        <translation>Less competent</translation>
    </message>
    <message>
        <source>Kompeten</source>
        <translation>Competent</translation>
    </message>
    <message>
        <source>Sangat kompeten</source>
        <translation>Very competent</translation>
    </message>
    <message>
        <source>Perilaku Pelaksana</source>
        <translation>Staff Conduct</translation>
    </message>
    <message>
        <source>kesopanan dan keramahan petugas</source>
        <translation>the politeness and friendliness of the staff</translation>
    </message>
    <message>
        <source>Tidak sopan dan ramah</source>
        <translation>Not polite and friendly</translation>
    </message>
    <message>
        <source>Kurang sopan dan ramah</source>
        <translation>Less polite and friendly</translation>
    </message>
    <message>
        <source>Sopan dan ramah</source>
        <translation>Polite and friendly</translation>
    </message>
    <message>
        <source>Sangat sopan dan ramah</source>
        <translation>Very polite and friendly</translation>
    </message>
    <message>
        <source>Penanganan Pengaduan, Saran dan Masukan</source>
        <translation>Handling of Complaints, Suggestions and Feedback</translation>
    </message>
    <message>
        <source>penanganan pengaduan pengguna layanan</source>
        <translation>how complaints of service users are handled</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Ada tetapi tidak berfungsi</source>
        <translation>Exists but does not work</translation>
    </message>
    <message>
        <source>Berfungsi kurang maksimal</source>
        <translation>Works less than fully</translation>
    </message>
    <message>
        <source>Dikelola dengan baik</source>
        <translation>Well managed</translation>
    </message>
    <message>
        <source>Sarana dan Prasarana</source>
        <translation>Facilities and Infrastructure</translation>
    </message>
    <message>
        <source>kualitas sarana dan prasarana</source>
        <translation>the quality of the facilities and infrastructure</translation>
    </message>
    <message>
        <source>Buruk</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Sangat baik</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>S2 ke atas</source>
        <translation>Master&apos;s or higher</translation>
    </message>
    <message>
        <source>Swasta</source>
        <translation>Private sector</translation>
    </message>
    <message>
        <source>Wirausaha</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Kurang baik</source>
        <translation>Less than good</translation>
    </message>
    <message>
        <source>Tidak baik</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Indeks belum dapat dihitung: belum ada jawaban untuk unsur {unsur}.</source>
        <translation>The index cannot be computed yet: no answers yet for {unsur}.</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>{kind} ke-{number} tidak ada.</source>
        <translation>{kind} {number} does not exist.</translation>
    </message>
    <message>
        <source>Periode &apos;{text}&apos; tidak dikenal. Tulis 2026-11 (bulan), 2026-Q4 (triwulan), 2026-S2 (semester) atau 2026 (tahun).</source>
        <translation>Unknown period &apos;{text}&apos;. Write 2026-11 (month), 2026-Q4 (quarter), 2026-S2 (half-year) or 2026 (year).</translation>
    </message>
    <message>
        <source>opsional, mis. 0812-3456-7890</source>
        <translation>optional, e.g. 0812-3456-7890</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Unsur</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>&amp;Instansi / lembaga</source>
        <translation>&amp;Institution / organisation</translation>
    </message>
    <message>
        <source>&amp;Jabatan</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>Jenis &amp;kelamin</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>No. &amp;HP</source>
        <translation>&amp;Mobile no.</translation>
    </message>
    <message>
        <source>Persetujuan peserta (boleh tidak dicentang)</source>
        <translation>Participant&apos;s consent (may be left unticked)</translation>
    </message>
    <message>
        <source>Setuju &amp;difoto</source>
        <translation>Agrees to be &amp;photographed</translation>
    </message>
    <message>
        <source>Setuju nama dan No. HP di&amp;cantumkan pada daftar hadir</source>
        <translation>Agrees to name and mobile no. being &amp;listed on the attendance sheet</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Setuju foto</source>
        <translation>Photo consent</translation>
    </message>
    <message>
        <source>Setuju publikasi</source>
        <translation>Publication consent</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Saring: nama atau instansi</source>
        <translation>Filter: name or institution</translation>
    </message>
    <message>
        <source>&amp;Tambah peserta…</source>
        <translation>&amp;Add participant…</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Mendatar</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Urut unsur, lalu nama</source>
        <translation>By group, then name</translation>
    </message>
    <message>
        <source>Urut nama</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>&amp;Baris kosong</source>
        <translation>&amp;Blank rows</translation>
    </message>
    <message>
        <source>Kolom No. HP (hanya yang setuju)</source>
        <translation>Mobile no. column (only those who agreed)</translation>
    </message>
    <message>
        <source>Lembar kosong</source>
        <translation>Blank sheet</translation>
    </message>
    <message>
        <source>&amp;Cetak daftar hadir…</source>
        <translation>&amp;Print attendance sheet…</translation>
    </message>
    <message numerus="yes">
        <source>%n peserta · {invited} diundang · {present} hadir</source>
        <translation>
            <numerusform>%n participant · {invited} invited · {present} present</numerusform>
            <numerusform>%n participants · {invited} invited · {present} present</numerusform>
        </translation>
    </message>
    <message>
        <source>hadir</source>
        <translation>present</translation>
    </message>
    <message>
        <source>tanpa undangan</source>
        <translation>without invitation</translation>
    </message>
    <message>
        <source>diundang</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>Tambah peserta undangan</source>
        <translation>Add invited participant</translation>
    </message>
    <message>
        <source>Ubah peserta</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Hapus peserta</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <source>Hapus {name} dari daftar peserta forum ini?</source>
        <translation>Delete {name} from this forum&apos;s participants?</translation>
    </message>
    <message>
        <source>Tidak dapat menghapus</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Pilih daftar undangan</source>
        <translation>Choose the invitation list</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat dibuat</source>
        <translation>The document cannot be made</translation>
    </message>
    <message>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Undangan hadir</source>
        <translation>Invitees present</translation>
    </message>
    <message>
        <source>Hadir tanpa undangan</source>
        <translation>Present without invitation</translation>
    </message>
    <message>
        <source>Jumlah hadir</source>
        <translation>Total present</translation>
    </message>
    <message>
        <source>% undangan hadir</source>
        <translation>% of invitees present</translation>
    </message>
    <message>
        <source>Belum ada peserta.</source>
        <translation>No participants yet.</translation>
    </message>
    <message>
        <source>Diundang {invited} orang; yang hadir {came} orang ({rate}).</source>
        <translation>{invited} invited; {came} came ({rate}).</translation>
    </message>
    <message>
        <source>Hadir tanpa undangan: {walk} orang.</source>
        <translation>Present without invitation: {walk}.</translation>
    </message>
    <message>
        <source>Jumlah yang hadir: {present} orang.</source>
        <translation>Number present: {present}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Menurut unsur&lt;/b&gt;</source>
        <translation>&lt;b&gt;By group&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Menurut jenis kelamin&lt;/b&gt;</source>
        <translation>&lt;b&gt;By sex&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>&amp;Cetak rekap…</source>
        <translation>&amp;Print summary…</translation>
    </message>
    <message>
        <source>&amp;Simpan notulen</source>
        <translation>&amp;Save notes</translation>
    </message>
    <message>
        <source>&amp;Cetak notulen…</source>
        <translation>&amp;Print notes…</translation>
    </message>
    <message>
        <source>Notulen tersimpan.</source>
        <translation>Notes saved.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Pembicara</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Pokok bahasan</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Tanggapan</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Penyelesaian</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Susunan &amp;acara</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>&amp;Pembahasan</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>Ketik langsung di sel; Tab ke sel berikutnya; baris baru selalu tersedia di bawah. Insert menyisipkan baris, Ctrl+Delete menghapus baris.</source>
        <translation>Type straight into the cells; Tab to the next cell; a new row is always available at the bottom. Insert inserts a row, Ctrl+Delete deletes one.</translation>
    </message>
    <message>
        <source>&amp;Kesimpulan</source>
        <translation>&amp;Conclusions</translation>
    </message>
    <message>
        <source>Satu kesimpulan per baris; nomor diberikan otomatis.</source>
        <translation>One conclusion per line; numbers are given automatically.</translation>
    </message>
    <message>
        <source>&amp;Notulis</source>
        <translation>&amp;Note-taker</translation>
    </message>
    <message>
        <source>&amp;Simpan berita acara</source>
        <translation>&amp;Save minutes</translation>
    </message>
    <message>
        <source>&amp;Cetak berita acara…</source>
        <translation>&amp;Print minutes…</translation>
    </message>
    <message>
        <source>Berita acara tersimpan.</source>
        <translation>Minutes saved.</translation>
    </message>
    <message>
        <source>pilih dari peserta yang hadir, atau ketik nama</source>
        <translation>choose from the participants present, or type a name</translation>
    </message>
    <message>
        <source>&amp;Nomor</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>P&amp;embukaan</source>
        <translation>O&amp;pening</translation>
    </message>
    <message>
        <source>Kosongkan untuk kalimat baku &quot;Pada hari ini … tanggal … telah dilaksanakan …&quot;.</source>
        <translation>Leave empty for the standard sentence &quot;Pada hari ini … tanggal … telah dilaksanakan …&quot;.</translation>
    </message>
    <message>
        <source>&amp;Hasil kesepakatan</source>
        <translation>&amp;Agreements</translation>
    </message>
    <message>
        <source>Satu kesepakatan per baris; nomor diberikan otomatis.</source>
        <translation>One agreement per line; numbers are given automatically.</translation>
    </message>
    <message>
        <source>&amp;Wakil masyarakat</source>
        <translation>&amp;Community representative</translation>
    </message>
    <message>
        <source>Seb&amp;agai</source>
        <translation>&amp;As</translation>
    </message>
    <message>
        <source>&amp;Instansi / unsur</source>
        <translation>&amp;Institution / group</translation>
    </message>
    <message>
        <source>Wakil Masyarakat</source>
        <translation>Community Representative</translation>
    </message>
    <message>
        <source>Belum dapat dilakukan</source>
        <translation>Cannot be done yet</translation>
    </message>
    <message>
        <source>Belum ada pencetak yang terpasang di komputer ini.</source>
        <translation>No printer is installed on this computer yet.</translation>
    </message>
    <message>
        <source>Pencetak “{name}” tidak ditemukan di komputer ini: mungkin dicabut, dihapus atau namanya berubah.</source>
        <translation>Printer “{name}” was not found on this computer: it may have been unplugged, removed or renamed.</translation>
    </message>
    <message>
        <source>Pencetak “{name}” sedang tidak siap: mati, offline, kehabisan kertas atau dijeda. Tidak ada yang dikirim ke pencetak.</source>
        <translation>Printer “{name}” is not ready: switched off, offline, out of paper or paused. Nothing was sent to the printer.</translation>
    </message>
    <message>
        <source>Standar Pelayanan</source>
        <translation>Service Standards</translation>
    </message>
    <message>
        <source>Cari layanan, persyaratan (mis. ijazah), prosedur, produk, dasar hukum…</source>
        <translation>Search services, requirements (e.g. diploma), procedures, products, legal bases…</translation>
    </message>
    <message>
        <source>&amp;Buku standar…</source>
        <translation>Standards &amp;book…</translation>
    </message>
    <message>
        <source>&amp;Maklumat…</source>
        <translation>Service &amp;announcement…</translation>
    </message>
    <message>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Ke JSON (lengkap, semua versi)…</source>
        <translation>To JSON (complete, every version)…</translation>
    </message>
    <message>
        <source>Ke Excel (templat, satu baris per layanan)…</source>
        <translation>To Excel (template, one row per service)…</translation>
    </message>
    <message>
        <source>&amp;Impor…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Tidak ada layanan yang memuat kata itu</source>
        <translation>No service contains that word</translation>
    </message>
    <message numerus="yes">
        <source>%n layanan cocok</source>
        <translation>
            <numerusform>%n service matches</numerusform>
            <numerusform>%n services match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layanan</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Standar tersimpan sebagai versi {n}, berlaku sejak {when}.</source>
        <translation>Standard saved as version {n}, in force from {when}.</translation>
    </message>
    <message>
        <source>Nama lain tersimpan; isi standar tidak berubah, tidak ada versi baru.</source>
        <translation>Other name saved; the standard&apos;s content did not change, no new version.</translation>
    </message>
    <message>
        <source>Berkas JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Ekspor standar pelayanan</source>
        <translation>Export service standards</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Diekspor ke {path} ({n} layanan).</source>
        <translation>Exported to {path} ({n} services).</translation>
    </message>
    <message>
        <source>Impor standar pelayanan</source>
        <translation>Import service standards</translation>
    </message>
    <message>
        <source>Standar pelayanan (*.json *.xlsx);;Semua berkas (*)</source>
        <translation>Service standards (*.json *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Berkas {name} sudah diperiksa dan tidak ada masalah. Yang akan terjadi bila diimpor:</source>
        <translation>The file {name} has been checked and has no problems. What importing it will do:</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Impor selesai: </source>
        <translation>Import done: </translation>
    </message>
    <message>
        <source>{document} — {code} versi {version}</source>
        <translation>{document} — {code} version {version}</translation>
    </message>
    <message>
        <source>&amp;Hasil</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <source>Formulir &amp;kertas</source>
        <translation>Paper &amp;form</translation>
    </message>
    <message>
        <source>&amp;Tindak lanjut</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>La&amp;yar pengunjung</source>
        <translation>&amp;Visitor screen</translation>
    </message>
    <message>
        <source>Templat E&amp;xcel…</source>
        <translation>E&amp;xcel template…</translation>
    </message>
    <message>
        <source>&amp;Impor Excel…</source>
        <translation>&amp;Import Excel…</translation>
    </message>
    <message>
        <source>Survei tanpa nama: yang dicatat hanya layanan, tanggal dan profil responden.</source>
        <translation>Anonymous survey: only the service, the date and the respondent&apos;s profile are recorded.</translation>
    </message>
    <message>
        <source>Templat ditulis ke {path}. Isi satu baris per formulir, lalu Impor Excel.</source>
        <translation>Template written to {path}. Fill in one row per form, then Import Excel.</translation>
    </message>
    <message numerus="yes">
        <source>%n formulir diimpor.</source>
        <translation>
            <numerusform>%n form imported.</numerusform>
            <numerusform>%n forms imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Laporan SKM</source>
        <translation>SKM report</translation>
    </message>
    <message>
        <source>Ekspor lembar pengolahan SKM</source>
        <translation>Export the SKM working sheet</translation>
    </message>
    <message>
        <source>Ekspor SKM</source>
        <translation>Export SKM</translation>
    </message>
    <message>
        <source>Seluruh unit pelayanan</source>
        <translation>All service units</translation>
    </message>
    <message>
        <source>, {percent}% tepat waktu</source>
        <translation>, {percent}% on time</translation>
    </message>
    <message>
        <source>; median {days} hari kerja</source>
        <translation>; median {days} working days</translation>
    </message>
    <message>
        <source> Periode belum berakhir: angka masih dapat berubah.</source>
        <translation> The period has not ended yet: the figures may still change.</translation>
    </message>
    <message numerus="yes">
        <source>{period} · {scope}: %Ln permohonan diterima, {done} selesai ({on_time} tepat waktu, {late} terlambat{share}{median}), {rejected} ditolak, {cancelled} dibatalkan, {open} masih dalam proses.{draft}</source>
        <translation>
            <numerusform>{period} · {scope}: %Ln request received, {done} completed ({on_time} on time, {late} late{share}{median}), {rejected} rejected, {cancelled} cancelled, {open} still in process.{draft}</numerusform>
            <numerusform>{period} · {scope}: %Ln requests received, {done} completed ({on_time} on time, {late} late{share}{median}), {rejected} rejected, {cancelled} cancelled, {open} still in process.{draft}</numerusform>
        </translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Pratinjau PDF…</source>
        <translation>&amp;Preview PDF…</translation>
    </message>
    <message>
        <source>Simpan &amp;Excel…</source>
        <translation>Save &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Buku register…</source>
        <translation>&amp;Register book…</translation>
    </message>
    <message>
        <source>Buku register pelayanan periode ini (F4 mendatar) untuk dicetak</source>
        <translation>The service register book of this period (F4 landscape) for printing</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Tanggal awal periode belum diisi.</source>
        <translation>The start date of the period is not filled in.</translation>
    </message>
    <message>
        <source>Tanggal akhir periode belum diisi.</source>
        <translation>The end date of the period is not filled in.</translation>
    </message>
    <message>
        <source>{column} L</source>
        <translation>{column} M</translation>
    </message>
    <message>
        <source>{column} P</source>
        <translation>{column} F</translation>
    </message>
    <message>
        <source>t.d.</source>
        <translation>n.a.</translation>
    </message>
    <message>
        <source>Permohonan per bulan, tahun {year}</source>
        <translation>Requests per month, {year}</translation>
    </message>
    <message>
        <source>Pencari kerja (IPK III/1)</source>
        <translation>Job seekers (IPK III/1)</translation>
    </message>
    <message>
        <source>Kelompok umur</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>t.d.: tidak ada data di Desk. </source>
        <translation>n.a.: no data in Desk. </translation>
    </message>
    <message>
        <source>Periode {period} belum berakhir.</source>
        <translation>The period {period} has not ended yet.</translation>
    </message>
    <message>
        <source>Simpan rekap ke Excel</source>
        <translation>Save the recap to Excel</translation>
    </message>
    <message>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulis: {why}</source>
        <translation>The file {path} cannot be written: {why}</translation>
    </message>
    <message>
        <source>Rekap disimpan ke {path}.</source>
        <translation>Recap saved to {path}.</translation>
    </message>
    <message>
        <source>Simpan templat formulir SKM</source>
        <translation>Save the SKM form template</translation>
    </message>
    <message>
        <source>Templat SKM</source>
        <translation>SKM template</translation>
    </message>
    <message>
        <source>
… dan {n} lagi</source>
        <translation>
… and {n} more</translation>
    </message>
    <message>
        <source>Impor formulir SKM dari Excel</source>
        <translation>Import SKM forms from Excel</translation>
    </message>
    <message>
        <source>Tidak ada yang diimpor</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <source>Impor SKM</source>
        <translation>Import SKM</translation>
    </message>
    <message>
        <source>Impor selesai</source>
        <translation>Import done</translation>
    </message>
    <message>
        <source>{n} formulir diimpor dari {name}.</source>
        <translation>{n} forms imported from {name}.</translation>
    </message>
    <message>
        <source>Prioritas unsur</source>
        <translation>Priority element</translation>
    </message>
    <message>
        <source>Program/kegiatan</source>
        <translation>Programme/activity</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Tindak lanjut {period}</source>
        <translation>Follow-up {period}</translation>
    </message>
    <message>
        <source> — terendah</source>
        <translation> — lowest</translation>
    </message>
    <message>
        <source>mis. Januari–Maret 2027</source>
        <translation>e.g. January–March 2027</translation>
    </message>
    <message>
        <source>— belum dibahas dalam forum —</source>
        <translation>— not discussed in a forum yet —</translation>
    </message>
    <message>
        <source>Prioritas &amp;unsur:</source>
        <translation>Priority &amp;element:</translation>
    </message>
    <message>
        <source>&amp;Program/kegiatan:</source>
        <translation>&amp;Programme/activity:</translation>
    </message>
    <message>
        <source>&amp;Waktu:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Penanggung &amp;jawab:</source>
        <translation>Person in &amp;charge:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Tanggal &amp;selesai:</source>
        <translation>Date &amp;completed:</translation>
    </message>
    <message>
        <source>Disepakati dalam &amp;forum:</source>
        <translation>Agreed in the &amp;forum:</translation>
    </message>
    <message>
        <source>&amp;Untuk:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Insert: tambah · Enter/F2: ubah · Delete: hapus</source>
        <translation>Insert: add · Enter/F2: edit · Delete: delete</translation>
    </message>
    <message>
        <source>Rencana tindak lanjut diubah oleh penanggung jawab pelayanan (admin).</source>
        <translation>The follow-up plan is changed by the person in charge of services (admin).</translation>
    </message>
    <message>
        <source>T&amp;ambah…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>U&amp;bah…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Hap&amp;us</source>
        <translation>Dele&amp;te</translation>
    </message>
    <message>
        <source>Belum ada rencana tindak lanjut untuk {period}.</source>
        <translation>No follow-up plan for {period} yet.</translation>
    </message>
    <message>
        <source>Tindak lanjut selesai: {done} dari {n} ({share}%)</source>
        <translation>Follow-up done: {done} of {n} ({share}%)</translation>
    </message>
    <message>
        <source>Hapus tindak lanjut</source>
        <translation>Delete follow-up</translation>
    </message>
    <message>
        <source>Hapus “{action}” dari rencana?</source>
        <translation>Delete “{action}” from the plan?</translation>
    </message>
    <message>
        <source>Mulai survei</source>
        <translation>Start survey</translation>
    </message>
    <message>
        <source>Tutup tawaran survei</source>
        <translation>Close the survey offer</translation>
    </message>
    <message>
        <source>Layar pengunjung siap untuk survei layanan {name}.</source>
        <translation>The visitor screen is ready for the survey on {name}.</translation>
    </message>
    <message>
        <source>Permohonan selesai: tawarkan survei kepuasan untuk {name}.</source>
        <translation>Request completed: offer the satisfaction survey for {name}.</translation>
    </message>
    <message>
        <source>Satu baris untuk satu formulir, urut seperti di kertas: {order}. Jawaban 1–4, tanda - bila tidak dijawab. Setiap kolom pindah sendiri bila sudah penuh; Enter menambah formulir ke daftar; Ctrl+S menyimpan semua.</source>
        <translation>One row per form, in the order of the paper: {order}. Answers 1–4, a dash when not answered. Each column moves on by itself when full; Enter adds the form to the list; Ctrl+S saves them all.</translation>
    </message>
    <message>
        <source>Pendidikan: {codes}. Pekerjaan: {jobs}.</source>
        <translation>Education: {codes}. Occupation: {jobs}.</translation>
    </message>
    <message>
        <source>Jawaban hanya angka 1, 2, 3, 4 atau tanda - (tidak dijawab).</source>
        <translation>Answers are only the digits 1, 2, 3, 4 or a dash (not answered).</translation>
    </message>
    <message>
        <source>Jenis kelamin: L (laki-laki), P (perempuan) atau - (tidak diisi).</source>
        <translation>Sex: L (male), P (female) or - (not filled in).</translation>
    </message>
    <message>
        <source>Umur: dua angka tahun, atau - (tidak diisi).</source>
        <translation>Age: two digits of years, or - (not filled in).</translation>
    </message>
    <message>
        <source>Pendidikan: angka 1–6 ({codes}) atau - (tidak diisi).</source>
        <translation>Education: a digit 1–6 ({codes}) or - (not filled in).</translation>
    </message>
    <message>
        <source>Pekerjaan: angka 1–6 ({jobs}) atau - (tidak diisi).</source>
        <translation>Occupation: a digit 1–6 ({jobs}) or - (not filled in).</translation>
    </message>
    <message>
        <source>Kode layanan hanya huruf dan angka, misalnya P1.</source>
        <translation>A service code has only letters and digits, for example P1.</translation>
    </message>
    <message>
        <source>Tanggal: HH-BB-TTTT, misalnya 05-11-2026.</source>
        <translation>Date: DD-MM-YYYY, for example 05-11-2026.</translation>
    </message>
    <message>
        <source>&amp;Jawaban 1–9</source>
        <translation>&amp;Answers 1–9</translation>
    </message>
    <message>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Jawaban harus sembilan angka 1–4 (tanda - untuk pertanyaan yang tidak dijawab).</source>
        <translation>The answers must be nine digits 1–4 (a - for a question not answered).</translation>
    </message>
    <message>
        <source>Belum ada pertanyaan yang dijawab.</source>
        <translation>No question has been answered yet.</translation>
    </message>
    <message>
        <source>{what} tidak dikenal. Pakai angka: {numbers}.</source>
        <translation>Unknown {what}. Use a number: {numbers}.</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Umur harus angka tahun antara {low} dan {high}.</source>
        <translation>Age must be a number of years between {low} and {high}.</translation>
    </message>
    <message>
        <source>Tanggal harus ditulis HH-BB-TTTT, misalnya 05-11-2026.</source>
        <translation>Write the date as DD-MM-YYYY, for example 05-11-2026.</translation>
    </message>
    <message>
        <source>Jawaban harus 1, 2, 3 atau 4 (atau kosong).</source>
        <translation>An answer must be 1, 2, 3 or 4 (or blank).</translation>
    </message>
    <message>
        <source>Tanggal survei sesudah hari ini.</source>
        <translation>The survey date is after today.</translation>
    </message>
    <message>
        <source>Kode layanan wajib diisi.</source>
        <translation>The service code is required.</translation>
    </message>
    <message>
        <source>Belum ada pertanyaan yang dijawab pada baris ini.</source>
        <translation>No question has been answered on this row yet.</translation>
    </message>
    <message>
        <source>Tanggal survei wajib diisi.</source>
        <translation>The survey date is required.</translation>
    </message>
    <message>
        <source>Jawaban 1–9</source>
        <translation>Answers 1–9</translation>
    </message>
    <message>
        <source>Lay&amp;anan</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <source>Ta&amp;nggal</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Simpan semua (Ctrl+S)</source>
        <translation>&amp;Save all (Ctrl+S)</translation>
    </message>
    <message>
        <source>Kosongkan daftar</source>
        <translation>Empty the list</translation>
    </message>
    <message>
        <source>Kode layanan {code} tidak dikenal.</source>
        <translation>Service code {code} is not known.</translation>
    </message>
    <message>
        <source>Kode layanan wajib diisi, misalnya P1.</source>
        <translation>The service code is required, for example P1.</translation>
    </message>
    <message>
        <source>Formulir ke-{n} masuk daftar.</source>
        <translation>Form no. {n} added to the list.</translation>
    </message>
    <message numerus="yes">
        <source>%n formulir belum disimpan</source>
        <translation>
            <numerusform>%n form not saved yet</numerusform>
            <numerusform>%n forms not saved yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n formulir tersimpan.</source>
        <translation>
            <numerusform>%n form saved.</numerusform>
            <numerusform>%n forms saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada formulir di daftar. Ketik formulir lalu tekan Enter.</source>
        <translation>No forms in the list yet. Type a form, then press Enter.</translation>
    </message>
    <message>
        <source>Formulir belum tersimpan</source>
        <translation>Forms not saved yet</translation>
    </message>
    <message>
        <source>Peri&amp;ode:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <source>Seluruh kantor ({name})</source>
        <translation>The whole office ({name})</translation>
    </message>
    <message>
        <source>&amp;Cakupan:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Unsur pelayanan</source>
        <translation>Service element</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Konversi</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Mutu</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Unit / layanan</source>
        <translation>Unit / service</translation>
    </message>
    <message>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Pengguna layanan</source>
        <translation>Service users</translation>
    </message>
    <message>
        <source>Sampel minimal</source>
        <translation>Minimum sample</translation>
    </message>
    <message>
        <source>Enter: tampilkan hasil unit atau layanan ini</source>
        <translation>Enter: show the results of this unit or service</translation>
    </message>
    <message>
        <source>Lapo&amp;ran PDF…</source>
        <translation>PDF &amp;report…</translation>
    </message>
    <message>
        <source>Po&amp;ster…</source>
        <translation>Po&amp;ster…</translation>
    </message>
    <message>
        <source>&amp;Ekspor Excel…</source>
        <translation>&amp;Export Excel…</translation>
    </message>
    <message>
        <source>Belum ada hasil</source>
        <translation>No results yet</translation>
    </message>
    <message>
        <source>IKM {score} — mutu {grade} ({label})</source>
        <translation>IKM {score} — grade {grade} ({label})</translation>
    </message>
    <message>
        <source>Unsur terendah: {code} {name} ({score}, mutu {grade}). Jadikan prioritas tindak lanjut.</source>
        <translation>Lowest element: {code} {name} ({score}, grade {grade}). Make it the follow-up priority.</translation>
    </message>
    <message>
        <source>Sampel mencukupi: minimal {n} responden untuk {p} pengguna layanan (Krejcie–Morgan).</source>
        <translation>The sample is enough: at least {n} respondents for {p} service users (Krejcie–Morgan).</translation>
    </message>
    <message>
        <source>Lembar pengolahan ditulis ke {path}.</source>
        <translation>Working sheet written to {path}.</translation>
    </message>
    <message>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Public Satisfaction Survey</translation>
    </message>
    <message>
        <source>15–19 tahun</source>
        <translation>15–19 years</translation>
    </message>
    <message>
        <source>20–29 tahun</source>
        <translation>20–29 years</translation>
    </message>
    <message>
        <source>30–44 tahun</source>
        <translation>30–44 years</translation>
    </message>
    <message>
        <source>45–54 tahun</source>
        <translation>45–54 years</translation>
    </message>
    <message>
        <source>55 tahun ke atas</source>
        <translation>55 years and over</translation>
    </message>
    <message>
        <source>Di bawah 15 tahun</source>
        <translation>Under 15 years</translation>
    </message>
    <message>
        <source>Tanpa NIK (umur tidak diketahui)</source>
        <translation>No NIK (age unknown)</translation>
    </message>
    <message>
        <source>Tidak diisi</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Layanan dan status</source>
        <translation>Services and status</translation>
    </message>
    <message>
        <source>Ketepatan waktu</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Jenis kelamin dan umur</source>
        <translation>Sex and age</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Desa dan kelurahan</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Ditolak dan dibatalkan</source>
        <translation>Rejected and cancelled</translation>
    </message>
    <message>
        <source>Per bulan</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Arus permohonan</source>
        <translation>Request flow</translation>
    </message>
    <message>
        <source>◀  Kembali</source>
        <translation>◀  Back</translation>
    </message>
    <message>
        <source>Pendapat Anda membantu kami memperbaiki pelayanan. Survei ini tanpa nama: nama, NIK dan nomor HP Anda tidak ditanyakan. Ada 4 pertanyaan tentang Anda dan 9 pertanyaan tentang pelayanan.</source>
        <translation>Your opinion helps us improve our service. This survey is anonymous: your name, NIK and phone number are not asked. There are 4 questions about you and 9 about the service.</translation>
    </message>
    <message>
        <source>Layanan apa yang Anda terima hari ini?</source>
        <translation>Which service did you receive today?</translation>
    </message>
    <message>
        <source>Langkah 1 dari {n}</source>
        <translation>Step 1 of {n}</translation>
    </message>
    <message>
        <source>Jenis kelamin Anda</source>
        <translation>Your sex</translation>
    </message>
    <message>
        <source>Langkah 2 dari {n}</source>
        <translation>Step 2 of {n}</translation>
    </message>
    <message>
        <source>Berapa umur Anda (tahun)?</source>
        <translation>How old are you (years)?</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Langkah 3 dari {n}</source>
        <translation>Step 3 of {n}</translation>
    </message>
    <message>
        <source>Pendidikan terakhir Anda</source>
        <translation>Your highest education</translation>
    </message>
    <message>
        <source>Langkah 4 dari {n}</source>
        <translation>Step 4 of {n}</translation>
    </message>
    <message>
        <source>Pekerjaan Anda</source>
        <translation>Your occupation</translation>
    </message>
    <message>
        <source>Pertanyaan {i} dari {n}</source>
        <translation>Question {i} of {n}</translation>
    </message>
    <message>
        <source>Terima kasih!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Jawaban Anda sudah kami simpan tanpa nama dan akan kami pakai untuk memperbaiki pelayanan.</source>
        <translation>Your answers have been saved anonymously and will be used to improve our service.</translation>
    </message>
    <message>
        <source>Khusus petugas</source>
        <translation>Officers only</translation>
    </message>
    <message>
        <source>Ketik kata sandi {name} untuk menutup layar survei.</source>
        <translation>Type {name}&apos;s password to close the survey screen.</translation>
    </message>
    <message>
        <source>Tutup layar survei</source>
        <translation>Close the survey screen</translation>
    </message>
    <message>
        <source>Layanan: {name}</source>
        <translation>Service: {name}</translation>
    </message>
    <message>
        <source>Tulis umur Anda dalam tahun, {low} sampai {high}.</source>
        <translation>Write your age in years, {low} to {high}.</translation>
    </message>
    <message>
        <source>Jawaban belum tersimpan</source>
        <translation>Answers not saved yet</translation>
    </message>
    <message>
        <source>Tulis tanggal lengkap: hari-bulan-tahun, mis. 01-10-2025.</source>
        <translation>Write the whole date: day-month-year, e.g. 01-10-2025.</translation>
    </message>
    <message>
        <source>Tanggal {text} tidak ada di kalender.</source>
        <translation>The date {text} is not on the calendar.</translation>
    </message>
    <message>
        <source>Ketik tanggal: hari-bulan-tahun (mis. 01102025), atau pilih di kalender (Alt+↓)</source>
        <translation>Type a date: day-month-year (e.g. 01102025), or choose it on the calendar (Alt+↓)</translation>
    </message>
    <message>
        <source>Pilih di kalender (Alt+↓)</source>
        <translation>Choose on the calendar (Alt+↓)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Diproses</source>
        <translation>In process</translation>
    </message>
    <message>
        <source>Selesai (hasil diserahkan)</source>
        <translation>Completed (result handed over)</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Pemohon sendiri</source>
        <translation>The visitor</translation>
    </message>
    <message>
        <source>Kuasa atau wakil pemohon</source>
        <translation>The visitor&apos;s proxy or representative</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Aspirasi/saran</source>
        <translation>Aspiration/suggestion</translation>
    </message>
    <message>
        <source>Permintaan informasi</source>
        <translation>Information request</translation>
    </message>
    <message>
        <source>Datang langsung</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Kotak saran</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <source>Media sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Diteruskan ke unit</source>
        <translation>Forwarded to a unit</translation>
    </message>
    <message>
        <source>Ditindaklanjuti</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Bukan kewenangan</source>
        <translation>Not within our remit</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Teruskan ke unit</source>
        <translation>Forward to a unit</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Selesai dan jawab</source>
        <translation>Complete and reply</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>verifikasi</source>
        <translation>verification</translation>
    </message>
    <message>
        <source>tanggapan</source>
        <translation>response</translation>
    </message>
    <message>
        <source>penyelesaian</source>
        <translation>completion</translation>
    </message>
    <message>
        <source>Status &apos;{status}&apos; tidak dikenal.</source>
        <translation>Unknown status &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Pengaduan berstatus {current} tidak dapat diubah menjadi {target}.</source>
        <translation>A complaint with the status {current} cannot be changed to {target}.</translation>
    </message>
    <message>
        <source>Pilih unit yang menerima disposisi.</source>
        <translation>Choose the unit that receives the disposition.</translation>
    </message>
    <message>
        <source>{field} wajib diisi.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>Teks terlalu panjang (maksimal {limit} huruf).</source>
        <translation>The text is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Pilih jenis: pengaduan, aspirasi/saran, atau permintaan informasi.</source>
        <translation>Choose the kind: complaint, aspiration/suggestion, or request for information.</translation>
    </message>
    <message>
        <source>Pilih saluran penerimaan.</source>
        <translation>Choose the channel it came in by.</translation>
    </message>
    <message>
        <source>Isi Tracking ID SP4N-LAPOR! (tertera pada laporan di lapor.go.id).</source>
        <translation>Fill in the SP4N-LAPOR! Tracking ID (shown on the report at lapor.go.id).</translation>
    </message>
    <message>
        <source>Tracking ID hanya berisi huruf, angka dan tanda hubung (maksimal 40).</source>
        <translation>A Tracking ID holds only letters, digits and hyphens (at most 40).</translation>
    </message>
    <message>
        <source>Tracking ID hanya diisi untuk pengaduan yang masuk melalui SP4N-LAPOR!.</source>
        <translation>A Tracking ID is filled in only for complaints that came in through SP4N-LAPOR!.</translation>
    </message>
    <message>
        <source>Pengaduan anonim tidak mencatat identitas; kosongkan nama, kontak dan alamat.</source>
        <translation>An anonymous complaint records no identity; clear the name, contact details and address.</translation>
    </message>
    <message>
        <source>Pelapor anonim tidak dapat dihubungi.</source>
        <translation>An anonymous complainant cannot be contacted.</translation>
    </message>
    <message>
        <source>Nama pelapor wajib diisi (atau tandai sebagai anonim).</source>
        <translation>The complainant&apos;s name is required (or mark the complaint as anonymous).</translation>
    </message>
    <message>
        <source>Nama terlalu panjang (maksimal {max_name} huruf).</source>
        <translation>The name is too long (at most {max_name} characters).</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak valid (contoh: nama@contoh.id).</source>
        <translation>The e-mail address is not valid (example: name@example.id).</translation>
    </message>
    <message>
        <source>Alamat terlalu panjang (maksimal {max_address} huruf).</source>
        <translation>The address is too long (at most {max_address} characters).</translation>
    </message>
    <message>
        <source>Isi nomor HP atau e-mail agar pelapor dapat dihubungi.</source>
        <translation>Fill in a mobile number or an e-mail so the complainant can be contacted.</translation>
    </message>
    <message>
        <source>Pilih permohonan yang diadukan bila pelapor adalah pemohonnya.</source>
        <translation>Choose the request complained about when the complainant is its applicant.</translation>
    </message>
    <message>
        <source>Perihal wajib diisi (ringkas, mis. &quot;Kartu AK/I belum selesai&quot;).</source>
        <translation>The subject is required (short, e.g. &quot;AK/I card not ready yet&quot;).</translation>
    </message>
    <message>
        <source>Perihal terlalu panjang (maksimal {max_subject} huruf).</source>
        <translation>The subject is too long (at most {max_subject} characters).</translation>
    </message>
    <message>
        <source>Isi pengaduan wajib diisi.</source>
        <translation>The complaint text is required.</translation>
    </message>
    <message>
        <source>Isi terlalu panjang (maksimal {limit} huruf).</source>
        <translation>The text is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Periode ditulis TTTT-BB untuk satu bulan (mis. 2025-10) atau TTTT untuk setahun.</source>
        <translation>Write the period as YYYY-MM for one month (e.g. 2025-10) or YYYY for a year.</translation>
    </message>
    <message>
        <source>Tahun periode harus antara 2000 dan 2100.</source>
        <translation>The year of the period must be between 2000 and 2100.</translation>
    </message>
    <message>
        <source>Bulan periode harus 1 sampai 12.</source>
        <translation>The month of the period must be 1 to 12.</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lihat</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Permohonan</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>&amp;Akun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Permohonan &amp;baru…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>Pen&amp;gaduan baru…</source>
        <translation>New co&amp;mplaint…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Hari ini</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Ringkasan hari ini: diterima, jatuh tempo, terlambat</source>
        <translation>Today at a glance: received, due, overdue</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Rekap permohonan</source>
        <translation>&amp;Request recap</translation>
    </message>
    <message>
        <source>Rekap permohonan per periode: tabel, grafik, PDF, Excel dan buku register</source>
        <translation>Request recap per period: tables, charts, PDF, Excel and the register book</translation>
    </message>
    <message>
        <source>&amp;Bahasa tampilan…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <source>Bahasa Indonesia atau English, mulai saat Desk dibuka lagi</source>
        <translation>Bahasa Indonesia or English, from the next start of Desk</translation>
    </message>
    <message>
        <source>Cetak &amp;ulang tanda terima…</source>
        <translation>Re&amp;print receipt…</translation>
    </message>
    <message>
        <source>Cek &amp;tanda terima…</source>
        <translation>Check a &amp;receipt…</translation>
    </message>
    <message>
        <source>&amp;Ekspor register…</source>
        <translation>&amp;Export register…</translation>
    </message>
    <message>
        <source>Register sesuai pencarian dan saringan ke Excel atau CSV</source>
        <translation>The register as searched and filtered, to Excel or CSV</translation>
    </message>
    <message>
        <source>&amp;Survei kepuasan di layar pengunjung…</source>
        <translation>Satisfaction &amp;survey on the visitor screen…</translation>
    </message>
    <message>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>&amp;Cadangan basis data…</source>
        <translation>Database &amp;backups…</translation>
    </message>
    <message>
        <source>Mencari di area yang sedang dibuka</source>
        <translation>Searches in the area that is open</translation>
    </message>
    <message>
        <source>Layar penuh untuk pengunjung mengisi survei kepuasan</source>
        <translation>A full screen where visitors fill in the satisfaction survey</translation>
    </message>
    <message>
        <source>Ketik &amp;formulir survei kertas…</source>
        <translation>Type a paper survey &amp;form…</translation>
    </message>
    <message>
        <source>&amp;Ganti kata sandi…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>&amp;Pengguna…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>&amp;Jejak audit…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>Pelindungan &amp;data pribadi…</source>
        <translation>Personal &amp;data protection…</translation>
    </message>
    <message>
        <source>Pintasan keyboard Desk</source>
        <translation>Desk&apos;s keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Bantuan singkat…</source>
        <translation>Quick &amp;help…</translation>
    </message>
    <message>
        <source>&amp;Tentang Desk…</source>
        <translation>&amp;About Desk…</translation>
    </message>
    <message>
        <source>Versi, folder data, basis data dan cadangan</source>
        <translation>Version, data folder, database and backups</translation>
    </message>
    <message>
        <source>Dipr&amp;oses</source>
        <translation>In pr&amp;ocess</translation>
    </message>
    <message>
        <source>&amp;Selesai (hasil diserahkan)…</source>
        <translation>&amp;Completed (result handed over)…</translation>
    </message>
    <message>
        <source>Di&amp;tolak…</source>
        <translation>Re&amp;fused…</translation>
    </message>
    <message>
        <source>Dibatal&amp;kan…</source>
        <translation>Cancell&amp;ed…</translation>
    </message>
    <message>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Jatuh tempo diubah</source>
        <translation>Due date changed</translation>
    </message>
    <message>
        <source>Koreksi data</source>
        <translation>Data correction</translation>
    </message>
    <message>
        <source>Berkas persyaratan</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>Pilih layanan yang diminta.</source>
        <translation>Choose the service requested.</translation>
    </message>
    <message>
        <source>Nama pemohon wajib diisi.</source>
        <translation>The visitor&apos;s name is required.</translation>
    </message>
    <message>
        <source>Jenis kelamin tidak sesuai dengan NIK.</source>
        <translation>The sex does not match the NIK.</translation>
    </message>
    <message>
        <source>Jenis kelamin harus L atau P.</source>
        <translation>The sex must be L or P.</translation>
    </message>
    <message>
        <source>Pilih cara permohonan masuk.</source>
        <translation>Choose the channel the request came through.</translation>
    </message>
    <message>
        <source>Jenis organisasi tidak dikenal.</source>
        <translation>Unknown organisation type.</translation>
    </message>
    <message>
        <source>Selesai tepat waktu dan terlambat per layanan</source>
        <translation>Completed on time and late per service</translation>
    </message>
    <message>
        <source>Belum ada permohonan yang selesai pada periode ini.</source>
        <translation>No request was completed in this period.</translation>
    </message>
    <message>
        <source>Luar kabupaten / tidak diisi</source>
        <translation>Outside the regency / not given</translation>
    </message>
    <message>
        <source>Tidak tercatat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Unit (bidang) dengan kode {code} tidak ada.</source>
        <translation>There is no unit (division) with the code {code}.</translation>
    </message>
    <message>
        <source>Permohonan menurut layanan dan status</source>
        <translation>Requests by service and status</translation>
    </message>
    <message>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Standar (hari kerja)</source>
        <translation>Standard (working days)</translation>
    </message>
    <message>
        <source>% tepat waktu</source>
        <translation>% on time</translation>
    </message>
    <message>
        <source>Median hari kerja</source>
        <translation>Median working days</translation>
    </message>
    <message>
        <source>Persentil 90 hari kerja</source>
        <translation>90th percentile working days</translation>
    </message>
    <message>
        <source>Ketepatan waktu penyelesaian</source>
        <translation>Timeliness of completion</translation>
    </message>
    <message>
        <source>Pemohon menurut jenis kelamin dan kelompok umur</source>
        <translation>Applicants by sex and age group</translation>
    </message>
    <message>
        <source>Pemohon menurut kecamatan</source>
        <translation>Applicants by district</translation>
    </message>
    <message>
        <source>Pemohon menurut desa/kelurahan</source>
        <translation>Applicants by village</translation>
    </message>
    <message>
        <source>Desa/kelurahan (kecamatan)</source>
        <translation>Village (district)</translation>
    </message>
    <message>
        <source>Sisa awal periode</source>
        <translation>Open at period start</translation>
    </message>
    <message>
        <source>Diterima L</source>
        <translation>Received M</translation>
    </message>
    <message>
        <source>Diterima P</source>
        <translation>Received F</translation>
    </message>
    <message>
        <source>Selesai tepat waktu</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <source>Selesai lewat waktu</source>
        <translation>Completed late</translation>
    </message>
    <message>
        <source>Ditolak atau batal</source>
        <translation>Rejected or cancelled</translation>
    </message>
    <message>
        <source>Sisa akhir periode</source>
        <translation>Open at period end</translation>
    </message>
    <message>
        <source>Arus permohonan: sisa, diterima, diselesaikan</source>
        <translation>Request flow: open, received, completed</translation>
    </message>
    <message>
        <source>Permohonan menurut saluran</source>
        <translation>Requests by channel</translation>
    </message>
    <message>
        <source>Permohonan menurut petugas penerima</source>
        <translation>Requests by receiving officer</translation>
    </message>
    <message>
        <source>Permohonan ditolak dan dibatalkan, menurut alasan</source>
        <translation>Rejected and cancelled requests, by reason</translation>
    </message>
    <message>
        <source>Status dan alasan</source>
        <translation>Status and reason</translation>
    </message>
    <message>
        <source>(1) Belum ditempatkan akhir bulan lalu</source>
        <translation>(1) Not placed at the end of last month</translation>
    </message>
    <message>
        <source>(2) Terdaftar periode ini</source>
        <translation>(2) Registered this period</translation>
    </message>
    <message>
        <source>(3) Ditempatkan</source>
        <translation>(3) Placed</translation>
    </message>
    <message>
        <source>(4) Dihapuskan</source>
        <translation>(4) Removed</translation>
    </message>
    <message>
        <source>(5) Belum ditempatkan akhir periode = A − B</source>
        <translation>(5) Not placed at the end of the period = A − B</translation>
    </message>
    <message>
        <source>Kolom (1), (3), (4) dan (5) serta A dan B: Desk tidak mencatat penempatan kerja dan penghapusan pencari kerja; data itu ada di sistem nasional (Karirhub/SIAPkerja).</source>
        <translation>Columns (1), (3), (4) and (5), and A and B: Desk does not record job placements or removals of job seekers; those data are in the national system (Karirhub/SIAPkerja).</translation>
    </message>
    <message>
        <source>Pendidikan: Desk tidak mencatat pendidikan pencari kerja, jadi rincian menurut pendidikan tidak dapat diisi.</source>
        <translation>Education: Desk does not record job seekers&apos; education, so the breakdown by education cannot be filled in.</translation>
    </message>
    <message>
        <source>Bagian II (lowongan kerja): tidak dicatat di Desk.</source>
        <translation>Part II (job vacancies): not recorded in Desk.</translation>
    </message>
    <message>
        <source>Pencari kerja tanpa jenis kelamin tercatat tidak masuk kolom L/P.</source>
        <translation>Job seekers without a recorded sex are not in the M/F columns.</translation>
    </message>
    <message>
        <source>folder data (bawaan: DESK_DATA_DIR atau folder data pengguna)</source>
        <translation>data folder (default: DESK_DATA_DIR or the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>URL basis data lain, mis. postgresql+psycopg://... (DESK_DATABASE_URL)</source>
        <translation>URL of another database, e.g. postgresql+psycopg://... (DESK_DATABASE_URL)</translation>
    </message>
    <message>
        <source>bahasa tampilan untuk sekali jalan (bawaan: pengaturan PC ini)</source>
        <translation>display language for this run only (default: this PC&apos;s setting)</translation>
    </message>
    <message>
        <source>Desk: aplikasi loket pelayanan publik. Tanpa perintah, Desk dibuka di layar.</source>
        <translation>Desk: the public service counter application. Without a command, Desk opens on screen.</translation>
    </message>
    <message>
        <source>perintah</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>PERINTAH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>buka aplikasi Desk (bawaan)</source>
        <translation>open the Desk application (default)</translation>
    </message>
    <message>
        <source>berkas atau folder tidak dapat dipakai{where}: {why}.</source>
        <translation>a file or folder cannot be used{where}: {why}.</translation>
    </message>
    <message>
        <source>perintah ini berhenti karena kesalahan tak terduga. Rinciannya tercatat di {log}; sertakan berkas itu bila meminta bantuan.</source>
        <translation>this command stopped because of an unexpected error. The details are in {log}; include that file when asking for help.</translation>
    </message>
    <message>
        <source>Galat: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>periksa dan tampilkan jejak audit</source>
        <translation>check and show the audit trail</translation>
    </message>
    <message>
        <source>perintah audit</source>
        <translation>audit commands</translation>
    </message>
    <message>
        <source>periksa rantai jejak audit dan bandingkan dengan saksinya di cadangan dan rekap tercetak (keluar 0 bila utuh, 5 bila ada yang rusak, hilang atau tidak dapat diperiksa)</source>
        <translation>check the chain of the audit trail and compare it with its witnesses in backups and printed recaps (exits 0 when whole, 5 when something is damaged, missing or cannot be checked)</translation>
    </message>
    <message>
        <source>tampilkan entri audit terbaru</source>
        <translation>show the newest audit entries</translation>
    </message>
    <message>
        <source>jumlah entri (bawaan 50)</source>
        <translation>number of entries (default 50)</translation>
    </message>
    <message>
        <source>tindakan, mis. login.failed atau awalan &apos;login.&apos;</source>
        <translation>action, e.g. login.failed or the prefix &apos;login.&apos;</translation>
    </message>
    <message>
        <source>nama pengguna</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>retensi data pribadi (anonimisasi data lama)</source>
        <translation>retention of personal data (anonymising old data)</translation>
    </message>
    <message>
        <source>perintah retensi</source>
        <translation>retention commands</translation>
    </message>
    <message>
        <source>anonimkan data pribadi pengunjung yang melewati masa retensi</source>
        <translation>anonymise the personal data of visitors past the retention period</translation>
    </message>
    <message>
        <source>Anonimkan data pribadi (nama, NIK, HP, alamat, desa, organisasi) pengunjung yang layanan terakhirnya selesai lebih dari masa retensi (profil kantor, bawaan 5 tahun). Permohonan tetap tercatat untuk statistik (layanan, tanggal, status, kecamatan). Tanpa --ya, Desk meminta konfirmasi di terminal; tanpa terminal, perintah ditolak.</source>
        <translation>Anonymise the personal data (name, NIK, phone, address, village, organisation) of visitors whose last service ended longer ago than the retention period (office profile, default 5 years). Their requests stay recorded for statistics (service, date, status, district). Without --yes, Desk asks for confirmation in the terminal; without a terminal, the command is refused.</translation>
    </message>
    <message>
        <source>hanya hitung, jangan ubah apa pun</source>
        <translation>only count, change nothing</translation>
    </message>
    <message>
        <source>jangan tanya konfirmasi</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>kelola akun pengguna</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <source>perintah pengguna</source>
        <translation>user commands</translation>
    </message>
    <message>
        <source>daftar akun dan perannya</source>
        <translation>list the accounts and their roles</translation>
    </message>
    <message>
        <source>buat admin pertama (hanya bila belum ada akun berkata sandi)</source>
        <translation>create the first admin (only when no account has a password yet)</translation>
    </message>
    <message>
        <source>tambah akun (oleh admin: --user NAMA_ADMIN)</source>
        <translation>add an account (by an admin: --user ADMIN_NAME)</translation>
    </message>
    <message>
        <source>peran (bawaan petugas)</source>
        <translation>role (default petugas)</translation>
    </message>
    <message>
        <source>setel kata sandi baru untuk akun (juga membuka kunci)</source>
        <translation>set a new password for an account (also unlocks it)</translation>
    </message>
    <message>
        <source>NAMA_PENGGUNA</source>
        <translation>USER_NAME</translation>
    </message>
    <message>
        <source>baca kata sandi baru dari masukan standar (sesudah kata sandi admin, bila --user)</source>
        <translation>read the new password from standard input (after the admin&apos;s password, with --user)</translation>
    </message>
    <message>
        <source>nonaktifkan akun (akun tidak pernah dihapus)</source>
        <translation>deactivate an account (accounts are never deleted)</translation>
    </message>
    <message>
        <source>aktifkan kembali akun</source>
        <translation>activate an account again</translation>
    </message>
    <message>
        <source>buka kunci akun</source>
        <translation>unlock an account</translation>
    </message>
    <message>
        <source>nama lengkap</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>NIP (18 angka, boleh kosong)</source>
        <translation>NIP (18 digits, may be empty)</translation>
    </message>
    <message>
        <source>Kata sandi baru: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Ulangi kata sandi: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>TIDAK UTUH:</source>
        <translation>NOT WHOLE:</translation>
    </message>
    <message numerus="yes">
        <source>%n entri lainnya diperiksa dan utuh.</source>
        <translation>
            <numerusform>%n other entry was checked and is whole.</numerusform>
            <numerusform>%n other entries were checked and are whole.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada entri audit yang cocok.</source>
        <translation>No audit entries match.</translation>
    </message>
    <message numerus="yes">
        <source>Masa retensi: %n tahun (layanan terakhir selesai sebelum {cutoff}).</source>
        <translation>
            <numerusform>Retention period: %n year (last service ended before {cutoff}).</numerusform>
            <numerusform>Retention period: %n years (last service ended before {cutoff}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pengunjung yang akan dianonimkan: {n}</source>
        <translation>Visitors to be anonymised: {n}</translation>
    </message>
    <message>
        <source>Permohonan mereka (tetap tercatat untuk statistik): {n}</source>
        <translation>Their requests (kept for statistics): {n}</translation>
    </message>
    <message>
        <source>Peserta forum yang nomor teleponnya dihapus (daftar hadir tetap): {n}</source>
        <translation>Forum participants whose phone numbers are deleted (attendance is kept): {n}</translation>
    </message>
    <message>
        <source>Uji coba: tidak ada yang diubah.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Tidak ada data yang perlu dianonimkan.</source>
        <translation>No data needs anonymising.</translation>
    </message>
    <message>
        <source>Anonimisasi tidak dapat dibatalkan dan tidak ada terminal untuk konfirmasi. Jalankan lagi dengan --ya bila memang dimaksudkan. Tidak ada yang diubah.</source>
        <translation>Anonymising cannot be undone and there is no terminal to confirm it. Run again with --yes if that is what you mean. Nothing was changed.</translation>
    </message>
    <message>
        <source>Anonimisasi tidak dapat dibatalkan. Ketik YA untuk melanjutkan: </source>
        <translation>Anonymising cannot be undone. Type YES to go on: </translation>
    </message>
    <message>
        <source>YA</source>
        <translation>YES</translation>
    </message>
    <message>
        <source>Dibatalkan: tidak ada yang diubah.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Selesai: %n pengunjung dianonimkan, {requests} permohonan tetap tercatat, nomor telepon {participants} peserta forum dihapus.</source>
        <translation>
            <numerusform>Done: %n visitor anonymised, {requests} requests stay recorded, the phone numbers of {participants} forum participants deleted.</numerusform>
            <numerusform>Done: %n visitors anonymised, {requests} requests stay recorded, the phone numbers of {participants} forum participants deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada akun. Buat admin pertama: desk users create-admin NAMA_PENGGUNA --name &quot;Nama Lengkap&quot;</source>
        <translation>No accounts yet. Create the first admin: desk users create-admin USER_NAME --name &quot;Full Name&quot;</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>belum ada kata sandi</source>
        <translation>no password yet</translation>
    </message>
    <message>
        <source>terkunci sampai {when}</source>
        <translation>locked until {when}</translation>
    </message>
    <message>
        <source>Admin pertama sudah ada. Tambah admin lain dengan: desk users add NAMA --role admin --user NAMA_ADMIN</source>
        <translation>The first admin exists already. Add another admin with: desk users add NAME --role admin --user ADMIN_NAME</translation>
    </message>
    <message>
        <source>Admin pertama dibuat: {username} ({name}). Masuk ke Desk dengan akun ini.</source>
        <translation>First admin created: {username} ({name}). Log in to Desk with this account.</translation>
    </message>
    <message>
        <source>Akun dibuat: {username} ({name}), peran {role}.</source>
        <translation>Account created: {username} ({name}), role {role}.</translation>
    </message>
    <message>
        <source>Akun &apos;{username}&apos; tidak ada. Lihat: desk users list</source>
        <translation>There is no account &apos;{username}&apos;. See: desk users list</translation>
    </message>
    <message>
        <source>Kata sandi {username} sudah diganti; akun tidak terkunci.</source>
        <translation>{username}&apos;s password has been changed; the account is not locked.</translation>
    </message>
    <message>
        <source>Kunci akun {username} dibuka.</source>
        <translation>Account {username} unlocked.</translation>
    </message>
    <message>
        <source>Akun {username} sekarang aktif.</source>
        <translation>Account {username} is now active.</translation>
    </message>
    <message>
        <source>Akun {username} sekarang nonaktif.</source>
        <translation>Account {username} is now inactive.</translation>
    </message>
    <message>
        <source>periksa basis data dan cadangannya, tampilkan ringkasan</source>
        <translation>check the database and its backups, show a summary</translation>
    </message>
    <message>
        <source>Pemeriksaan:</source>
        <translation>Checks:</translation>
    </message>
    <message>
        <source>Pulihkan dengan `desk backups` lalu `desk restore BERKAS`.</source>
        <translation>Restore with `desk backups` then `desk restore FILE`.</translation>
    </message>
    <message>
        <source>PostgreSQL: cadangan dibuat oleh server kantor</source>
        <translation>PostgreSQL: backups are made by the office&apos;s server</translation>
    </message>
    <message>
        <source>sesuai dengan catatan terakhir di basis data</source>
        <translation>agrees with the newest records in the database</translation>
    </message>
    <message>
        <source>Basis data : {where}</source>
        <translation>Database   : {where}</translation>
    </message>
    <message>
        <source>Revisi skema: {revisions}</source>
        <translation>Schema revision: {revisions}</translation>
    </message>
    <message>
        <source>Layanan    : {n}</source>
        <translation>Services   : {n}</translation>
    </message>
    <message>
        <source>Permohonan : {n}</source>
        <translation>Requests   : {n}</translation>
    </message>
    <message>
        <source>Hari libur : {n}</source>
        <translation>Holidays   : {n}</translation>
    </message>
    <message>
        <source>Cadangan terbaru: {message}</source>
        <translation>Newest backup: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Status     : sehat (%n peringatan)</source>
        <translation>
            <numerusform>Status     : healthy (%n warning)</numerusform>
            <numerusform>Status     : healthy (%n warnings)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status     : sehat</source>
        <translation>Status     : healthy</translation>
    </message>
    <message>
        <source>register pengaduan: daftar dan ekspor Excel</source>
        <translation>complaints register: list and Excel export</translation>
    </message>
    <message>
        <source>Register pengaduan, saran dan permintaan informasi.</source>
        <translation>The register of complaints, suggestions and information requests.</translation>
    </message>
    <message>
        <source>daftar pengaduan (nama pelapor disamarkan)</source>
        <translation>list the complaints (complainants&apos; names masked)</translation>
    </message>
    <message>
        <source>TTTT-BB (sebulan) atau TTTT (setahun)</source>
        <translation>YYYY-MM (a month) or YYYY (a year)</translation>
    </message>
    <message>
        <source>berkas Excel yang ditulis</source>
        <translation>the Excel file to write</translation>
    </message>
    <message>
        <source>TERLAMBAT</source>
        <translation>LATE</translation>
    </message>
    <message numerus="yes">
        <source>%n pengaduan{what}.</source>
        <translation>
            <numerusform>%n complaint{what}.</numerusform>
            <numerusform>%n complaints{what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas ekspor harus berakhiran .xlsx, mis. pengaduan-2025-10.xlsx.</source>
        <translation>The export file must end in .xlsx, e.g. pengaduan-2025-10.xlsx.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulis: {why}.</source>
        <translation>The file {path} cannot be written: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%n pengaduan{what} ditulis ke {path}.</source>
        <translation>
            <numerusform>%n complaint{what} written to {path}.</numerusform>
            <numerusform>%n complaints{what} written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Perintah ini mengubah akun atau membuka data pribadi, jadi harus dijalankan oleh admin Desk: tambahkan --user NAMA_ADMIN (kata sandinya ditanyakan). Bila tidak ada admin yang dapat masuk (mis. kata sandi admin terakhir lupa), pakai --as-system; perintah itu dicatat di jejak audit bersama nama akun komputer ini.</source>
        <translation>This command changes accounts or opens personal data, so a Desk admin must run it: add --user ADMIN_NAME (the password is asked). If no admin can log in (e.g. the last admin&apos;s password is forgotten), use --as-system; the command is recorded in the audit trail with this computer&apos;s account name.</translation>
    </message>
    <message>
        <source>NAMA_ADMIN</source>
        <translation>ADMIN_NAME</translation>
    </message>
    <message>
        <source>admin yang menjalankan perintah (kata sandinya ditanyakan; tanpa terminal: baris pertama masukan standar)</source>
        <translation>the admin running the command (the password is asked; without a terminal: the first line of standard input)</translation>
    </message>
    <message>
        <source>jalankan sebagai sistem tanpa masuk (dicatat di jejak audit)</source>
        <translation>run as the system without logging in (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>Peringatan: `desk {command}` dijalankan sebagai sistem, tanpa masuk sebagai admin; tindakan ini dicatat di jejak audit.</source>
        <translation>Warning: `desk {command}` runs as the system, without an admin logged in; this is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Kata sandi {username}: </source>
        <translation>Password of {username}: </translation>
    </message>
    <message>
        <source>isi basis data dengan permohonan contoh (untuk demo, pelatihan dan uji kecepatan)</source>
        <translation>fill the database with sample requests (for demonstrations, training and speed tests)</translation>
    </message>
    <message>
        <source>jumlah permohonan (bawaan 1000)</source>
        <translation>number of requests (default 1000)</translation>
    </message>
    <message>
        <source>jumlah forum konsultasi publik contoh</source>
        <translation>number of sample public consultation forums</translation>
    </message>
    <message>
        <source>peserta per forum (bawaan 40)</source>
        <translation>participants per forum (default 40)</translation>
    </message>
    <message>
        <source>jumlah formulir survei kepuasan masyarakat contoh (tahun terakhir)</source>
        <translation>number of sample satisfaction survey forms (the last year)</translation>
    </message>
    <message>
        <source>jumlah pengaduan, saran dan permintaan informasi contoh</source>
        <translation>number of sample complaints, suggestions and information requests</translation>
    </message>
    <message>
        <source>benih acak: benih sama, data sama</source>
        <translation>random seed: same seed, same data</translation>
    </message>
    <message>
        <source>rentang tanggal ke belakang, dalam tahun (bawaan 3)</source>
        <translation>how far back the dates go, in years (default 3)</translation>
    </message>
    <message numerus="yes">
        <source>{done} dari %n permohonan</source>
        <translation>
            <numerusform>{done} of %n request</numerusform>
            <numerusform>{done} of %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>--requests harus antara 0 dan {most}.</source>
        <translation>--requests must be between 0 and {most}.</translation>
    </message>
    <message>
        <source>--forums, --participants, --complaints dan --skm tidak boleh negatif (--skm paling banyak {most}).</source>
        <translation>--forums, --participants, --complaints and --skm must not be negative (--skm at most {most}).</translation>
    </message>
    <message>
        <source>--years harus lebih dari 0 dan paling banyak 30.</source>
        <translation>--years must be more than 0 and at most 30.</translation>
    </message>
    <message numerus="yes">
        <source>Ditambahkan %n permohonan dari {visitors} pemohon baru dalam {seconds} detik.</source>
        <translation>
            <numerusform>Added %n request from {visitors} new applicants in {seconds} seconds.</numerusform>
            <numerusform>Added %n requests from {visitors} new applicants in {seconds} seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ditambahkan %n formulir SKM dalam {seconds} detik.</source>
        <translation>
            <numerusform>Added %n SKM form in {seconds} seconds.</numerusform>
            <numerusform>Added %n SKM forms in {seconds} seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ditambahkan %n pengaduan ({still_open} masih berjalan) dalam {seconds} detik.</source>
        <translation>
            <numerusform>Added %n complaint ({still_open} still open) in {seconds} seconds.</numerusform>
            <numerusform>Added %n complaints ({still_open} still open) in {seconds} seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data contoh forum belum tersedia pada versi Desk ini (desk.store.demo_forums).</source>
        <translation>Sample forum data is not available in this version of Desk (desk.store.demo_forums).</translation>
    </message>
    <message numerus="yes">
        <source>Ditambahkan %n forum dengan {participants} peserta per forum dalam {seconds} detik.</source>
        <translation>
            <numerusform>Added %n forum with {participants} participants per forum in {seconds} seconds.</numerusform>
            <numerusform>Added %n forums with {participants} participants per forum in {seconds} seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>ekspor data ke Excel atau CSV</source>
        <translation>export data to Excel or CSV</translation>
    </message>
    <message>
        <source>Ekspor data Desk ke berkas Excel (.xlsx) atau CSV.</source>
        <translation>Export Desk&apos;s data to an Excel (.xlsx) or CSV file.</translation>
    </message>
    <message>
        <source>Register pelayanan, semua permohonan yang cocok, terbaru dulu.</source>
        <translation>The service register, every matching request, newest first.</translation>
    </message>
    <message>
        <source>diterima sejak tanggal ini</source>
        <translation>received on or after this date</translation>
    </message>
    <message>
        <source>diterima sampai tanggal ini</source>
        <translation>received up to this date</translation>
    </message>
    <message>
        <source>status permohonan; &apos;terbuka&apos; = diterima dan diproses</source>
        <translation>request status; &apos;terbuka&apos; (open) = received and in progress</translation>
    </message>
    <message>
        <source>kode layanan, mis. P1</source>
        <translation>service code, e.g. P1</translation>
    </message>
    <message>
        <source>tulis NIK dan nomor HP lengkap (hanya admin: perlu --user)</source>
        <translation>write whole NIKs and phone numbers (admins only: needs --user)</translation>
    </message>
    <message>
        <source>berkas yang ditulis</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>tanggal &apos;{text}&apos; tidak valid (tulis 2026-11-01)</source>
        <translation>date &apos;{text}&apos; is not valid (write 2026-11-01)</translation>
    </message>
    <message>
        <source>Tanggal --from sesudah --to.</source>
        <translation>The --from date is after --to.</translation>
    </message>
    <message>
        <source>NIK dan nomor HP lengkap</source>
        <translation>whole NIKs and phone numbers</translation>
    </message>
    <message>
        <source>NIK dan nomor HP disamarkan</source>
        <translation>NIKs and phone numbers masked</translation>
    </message>
    <message numerus="yes">
        <source>%n permohonan ditulis ke {path} ({masked}).</source>
        <translation>
            <numerusform>%n request written to {path} ({masked}).</numerusform>
            <numerusform>%n requests written to {path} ({masked}).</numerusform>
        </translation>
    </message>
    <message>
        <source>cetak dokumen ke berkas PDF (daftar hadir, notulen, berita acara, ...)</source>
        <translation>print documents to PDF files (attendance sheets, minutes, berita acara, ...)</translation>
    </message>
    <message>
        <source>Membuat dokumen sebagai berkas PDF tanpa membuka aplikasi.</source>
        <translation>Makes documents as PDF files without opening the application.</translation>
    </message>
    <message>
        <source>dokumen</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>DOKUMEN</source>
        <translation>DOCUMENT</translation>
    </message>
    <message>
        <source>{path} adalah folder; beri nama berkas, mis. {example}.</source>
        <translation>{path} is a folder; give a file name, e.g. {example}.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Dicetak sebagai KONSEP (belum untuk ditandatangani): {reasons}</source>
        <translation>Printed as KONSEP (a draft, not for signing): {reasons}</translation>
    </message>
    <message>
        <source>(bertanda {mark})</source>
        <translation>(marked {mark})</translation>
    </message>
    <message>
        <source>2026-11 (bulan), 2026-Q4, 2026-S2, 2026 (tahun), 2026-11-03 (sehari) atau 2026-01-05..2026-02-10</source>
        <translation>2026-11 (month), 2026-Q4, 2026-S2, 2026 (year), 2026-11-03 (one day) or 2026-01-05..2026-02-10</translation>
    </message>
    <message>
        <source>rekap permohonan suatu periode ke PDF atau Excel</source>
        <translation>a period&apos;s request recap to PDF or Excel</translation>
    </message>
    <message>
        <source>Rekap permohonan yang diterima pada suatu periode.</source>
        <translation>The recap of the requests received in a period.</translation>
    </message>
    <message>
        <source>ukuran kertas PDF (bawaan A4)</source>
        <translation>PDF paper size (default A4)</translation>
    </message>
    <message>
        <source>buku register pelayanan suatu periode (F4 mendatar)</source>
        <translation>a period&apos;s service register book (F4 landscape)</translation>
    </message>
    <message>
        <source>hanya satu unit (bidang), mis. PNP</source>
        <translation>only one unit (bidang), e.g. PNP</translation>
    </message>
    <message>
        <source>hanya satu layanan, mis. P1</source>
        <translation>only one service, e.g. P1</translation>
    </message>
    <message>
        <source>Berkas rekap harus berakhiran .pdf atau .xlsx, mis. rekap-2026-11.pdf.</source>
        <translation>The recap file must end in .pdf or .xlsx, e.g. rekap-2026-11.pdf.</translation>
    </message>
    <message numerus="yes">
        <source>Rekap {period}, {scope}: %n permohonan, {done} selesai ({on_time} tepat waktu, {late} terlambat). Ditulis ke {path}.</source>
        <translation>
            <numerusform>Recap {period}, {scope}: %n request, {done} done ({on_time} on time, {late} late). Written to {path}.</numerusform>
            <numerusform>Recap {period}, {scope}: %n requests, {done} done ({on_time} on time, {late} late). Written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas buku register harus berakhiran .pdf, mis. register-2026.pdf.</source>
        <translation>The register book file must end in .pdf, e.g. register-2026.pdf.</translation>
    </message>
    <message numerus="yes">
        <source>Buku register {period}: %n permohonan. Ditulis ke {path}.</source>
        <translation>
            <numerusform>Register book {period}: %n request. Written to {path}.</numerusform>
            <numerusform>Register book {period}: %n requests. Written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>tanda terima berkas sebuah permohonan (PDF)</source>
        <translation>a request&apos;s receipt (PDF)</translation>
    </message>
    <message>
        <source>kertas tidak dikenal: {text} (pilih {papers})</source>
        <translation>unknown paper: {text} (choose {papers})</translation>
    </message>
    <message>
        <source>NOMOR</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>nomor pendaftaran, mis. 0001/PNP/DKUKMTK/X/2025</source>
        <translation>registration number, e.g. 0001/PNP/DKUKMTK/X/2025</translation>
    </message>
    <message>
        <source>dua lembar (pemohon + arsip) pada satu A4/F4</source>
        <translation>two copies (applicant&apos;s + archive) on one A4/F4</translation>
    </message>
    <message>
        <source>Nomor {number} tidak ada di register pelayanan.</source>
        <translation>Number {number} is not in the service register.</translation>
    </message>
    <message>
        <source>Dua lembar pada satu kertas hanya untuk A4 atau F4.</source>
        <translation>Two copies on one sheet is only for A4 or F4.</translation>
    </message>
    <message>
        <source>Tanda terima {number}{copy} ditulis ke {path}.</source>
        <translation>Receipt {number}{copy} written to {path}.</translation>
    </message>
    <message>
        <source>survei kepuasan masyarakat: laporan, poster, ekspor dan impor formulir</source>
        <translation>public satisfaction survey: report, poster, export and form import</translation>
    </message>
    <message>
        <source>Survei Kepuasan Masyarakat (PermenPANRB 14/2017) tanpa membuka aplikasi.</source>
        <translation>The public satisfaction survey (SKM, PermenPANRB 14/2017) without opening the application.</translation>
    </message>
    <message>
        <source>PERIODE</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>2026-11 (bulan), 2026-Q4 (triwulan), 2026-S2 (semester) atau 2026 (tahun)</source>
        <translation>2026-11 (month), 2026-Q4 (quarter), 2026-S2 (semester) or 2026 (year)</translation>
    </message>
    <message>
        <source>satu unit pelayanan, mis. PNP (bawaan: seluruh kantor)</source>
        <translation>one service unit, e.g. PNP (default: the whole office)</translation>
    </message>
    <message>
        <source>satu jenis layanan, mis. P1</source>
        <translation>one service, e.g. P1</translation>
    </message>
    <message>
        <source>laporan hasil SKM (PDF)</source>
        <translation>SKM results report (PDF)</translation>
    </message>
    <message>
        <source>poster hasil SKM satu halaman (PDF)</source>
        <translation>one-page SKM results poster (PDF)</translation>
    </message>
    <message>
        <source>ukuran kertas (bawaan A4)</source>
        <translation>paper size (default A4)</translation>
    </message>
    <message>
        <source>lembar pengolahan per responden dan ringkasan (Excel)</source>
        <translation>processing sheet per respondent and summary (Excel)</translation>
    </message>
    <message>
        <source>templat Excel untuk mengetik formulir kertas</source>
        <translation>Excel template for typing in paper forms</translation>
    </message>
    <message>
        <source>impor formulir dari templat Excel (semua atau tidak sama sekali)</source>
        <translation>import forms from the Excel template (all or nothing)</translation>
    </message>
    <message>
        <source>KONSEP</source>
        <translation>KONSEP (draft)</translation>
    </message>
    <message>
        <source>{document} {scope}, {period}: {result}; {progress}{draft}. Ditulis ke {path}.</source>
        <translation>{document} {scope}, {period}: {result}; {progress}{draft}. Written to {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n formulir {scope}, {period} ditulis ke {path}.</source>
        <translation>
            <numerusform>%n form {scope}, {period} written to {path}.</numerusform>
            <numerusform>%n forms {scope}, {period} written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Templat formulir SKM ditulis ke {path}.</source>
        <translation>SKM form template written to {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n formulir diimpor dari {name}.</source>
        <translation>
            <numerusform>%n form imported from {name}.</numerusform>
            <numerusform>%n forms imported from {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>standar pelayanan: daftar, cari, ekspor dan impor (JSON/Excel)</source>
        <translation>service standards: list, search, export and import (JSON/Excel)</translation>
    </message>
    <message>
        <source>Standar pelayanan: daftar, cari, ekspor dan impor.</source>
        <translation>Service standards: list, search, export and import.</translation>
    </message>
    <message>
        <source>layanan dengan versi standar yang berlaku</source>
        <translation>services with the standard version in force</translation>
    </message>
    <message>
        <source>layanan yang standarnya memuat semua kata yang dicari</source>
        <translation>services whose standard holds every word searched for</translation>
    </message>
    <message>
        <source>KATA</source>
        <translation>WORD</translation>
    </message>
    <message>
        <source>periksa saja, tidak ada yang disimpan</source>
        <translation>only check, nothing is saved</translation>
    </message>
    <message>
        <source>standar pelayanan satu layanan, 14 komponen (PDF)</source>
        <translation>one service&apos;s standard, 14 components (PDF)</translation>
    </message>
    <message>
        <source>papan informasi standar pelayanan, satu halaman per layanan (PDF)</source>
        <translation>service standard information board, one page per service (PDF)</translation>
    </message>
    <message>
        <source>buku standar pelayanan: sampul, daftar isi, semua layanan per bidang (PDF)</source>
        <translation>service standards booklet: cover, contents, every service by unit (PDF)</translation>
    </message>
    <message>
        <source>maklumat pelayanan dengan tanda tangan kepala dinas (PDF)</source>
        <translation>service pledge (maklumat) with the head of office&apos;s signature (PDF)</translation>
    </message>
    <message>
        <source>versi {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>[tidak aktif]</source>
        <translation>[inactive]</translation>
    </message>
    <message>
        <source>nama lain: {names}</source>
        <translation>other names: {names}</translation>
    </message>
    <message>
        <source>Tidak ada layanan yang standarnya memuat &apos;{typed}&apos;.</source>
        <translation>No service&apos;s standard holds &apos;{typed}&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>… dan %n baris lain</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n versi</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>versi terbaru tiap layanan</source>
        <translation>each service&apos;s newest version</translation>
    </message>
    <message numerus="yes">
        <source>Ditulis: {path} (%n layanan, {what}).</source>
        <translation>
            <numerusform>Written: {path} (%n service, {what}).</numerusform>
            <numerusform>Written: {path} (%n services, {what}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pemeriksaan selesai; tidak ada yang disimpan (--dry-run).</source>
        <translation>Check done; nothing was saved (--dry-run).</translation>
    </message>
    <message>
        <source>Impor selesai.</source>
        <translation>Import done.</translation>
    </message>
    <message>
        <source>cetak versi ke-N (bawaan: yang berlaku)</source>
        <translation>print version N (default: the one in force)</translation>
    </message>
    <message>
        <source>semua layanan aktif, satu halaman per layanan</source>
        <translation>every active service, one page per service</translation>
    </message>
    <message>
        <source>tanggal penandatanganan (bawaan: tanggal yang tersimpan di profil kantor)</source>
        <translation>signing date (default: the date stored in the office profile)</translation>
    </message>
    <message>
        <source>Ditulis: {path}{copy}</source>
        <translation>Written: {path}{copy}</translation>
    </message>
    <message>
        <source>Sebutkan satu kode layanan, atau --all untuk semua layanan.</source>
        <translation>Name one service code, or --all for every service.</translation>
    </message>
    <message>
        <source>sudah ada berkas dengan nama itu, bukan folder</source>
        <translation>a file with that name exists, not a folder</translation>
    </message>
    <message>
        <source>sebagian jalurnya berkas, bukan folder</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>jalurnya tidak ada</source>
        <translation>the path does not exist</translation>
    </message>
    <message>
        <source>nama jalurnya terlalu panjang</source>
        <translation>the path name is too long</translation>
    </message>
    <message>
        <source>disk penuh</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>disk hanya-baca</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>tidak ada izin</source>
        <translation>no permission</translation>
    </message>
    <message>
        <source>ternyata sebuah folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>kesalahan baca/tulis disk</source>
        <translation>a disk read/write error</translation>
    </message>
    <message>
        <source>jalurnya berputar (tautan)</source>
        <translation>the path loops (links)</translation>
    </message>
    <message>
        <source>kesalahan sistem berkas</source>
        <translation>a file system error</translation>
    </message>
    <message>
        <source>kesalahan sistem berkas (kode {code})</source>
        <translation>a file system error (code {code})</translation>
    </message>
    <message>
        <source>Simpan sebagai berkas Excel (.xlsx) atau CSV (.csv).</source>
        <translation>Save as an Excel (.xlsx) or CSV (.csv) file.</translation>
    </message>
    <message>
        <source>harian (awal hari)</source>
        <translation>daily (start of day)</translation>
    </message>
    <message>
        <source>saat Desk ditutup</source>
        <translation>when Desk closed</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>pengaman sebelum pemulihan</source>
        <translation>safety copy before a restore</translation>
    </message>
    <message>
        <source>pengaman sebelum pembaruan skema</source>
        <translation>safety copy before a schema update</translation>
    </message>
    <message>
        <source>Batas umur cadangan minimal 1 hari.</source>
        <translation>The backup age limit is at least 1 day.</translation>
    </message>
    <message>
        <source>Folder cadangan kedua harus di tempat lain (flashdisk atau disk kedua), bukan folder data Desk.</source>
        <translation>The second backup folder must be somewhere else (a flash drive or a second disk), not Desk&apos;s data folder.</translation>
    </message>
    <message>
        <source>Tidak ada nama berkas cadangan yang bebas di {folder}.</source>
        <translation>No free backup file name is left in {folder}.</translation>
    </message>
    <message>
        <source>Berkas cadangan {name} tidak ditemukan.</source>
        <translation>The backup file {name} was not found.</translation>
    </message>
    <message>
        <source>Basis data {source} tidak ditemukan; tidak ada yang dicadangkan.</source>
        <translation>Database {source} not found; nothing was backed up.</translation>
    </message>
    <message>
        <source>Folder cadangan {folder} tidak dapat dibuat ({reason}).</source>
        <translation>Backup folder {folder} cannot be created ({reason}).</translation>
    </message>
    <message>
        <source>Salinan cadangan tidak lolos pemeriksaan ({details}); cadangan dibatalkan.</source>
        <translation>The backup copy failed its check ({details}); the backup was cancelled.</translation>
    </message>
    <message>
        <source>Cadangan gagal: disk {folder} penuh. Kosongkan ruang atau pilih folder lain.</source>
        <translation>Backup failed: the disk of {folder} is full. Free some space or choose another folder.</translation>
    </message>
    <message>
        <source>Cadangan gagal: basis data sedang dikunci program lain. Coba lagi sebentar lagi.</source>
        <translation>Backup failed: another program is locking the database. Try again in a moment.</translation>
    </message>
    <message>
        <source>Cadangan gagal: folder {folder} tidak dapat ditulisi.</source>
        <translation>Backup failed: folder {folder} cannot be written to.</translation>
    </message>
    <message>
        <source>Cadangan gagal: basis data rusak. Pulihkan dari cadangan terakhir yang baik.</source>
        <translation>Backup failed: the database is damaged. Restore it from the last good backup.</translation>
    </message>
    <message>
        <source>Cadangan gagal: disk di {folder} tidak dapat dibaca atau ditulisi.</source>
        <translation>Backup failed: the disk at {folder} cannot be read or written.</translation>
    </message>
    <message>
        <source>Cadangan gagal (kode SQLite {code}). Coba lagi; bila terus terjadi, laporkan kepada pengelola Desk.</source>
        <translation>Backup failed (SQLite code {code}). Try again; if it keeps happening, tell whoever looks after Desk.</translation>
    </message>
    <message>
        <source>Basis data ini ada di server PostgreSQL: cadangannya dibuat di server (pg_dump atau cadangan server kantor), bukan oleh Desk di loket. Jalankan `desk backup` di komputer yang punya pg_dump, atau minta pengelola server.</source>
        <translation>This database is on a PostgreSQL server: it is backed up on the server (pg_dump or the office server&apos;s backups), not by Desk at the counter. Run `desk backup` on a computer that has pg_dump, or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>Folder cadangan kedua {second} tidak tersedia (flashdisk tidak terpasang?); cadangan hanya disimpan di folder data.</source>
        <translation>The second backup folder {second} is not available (flash drive not plugged in?); the backup was kept in the data folder only.</translation>
    </message>
    <message>
        <source>Cadangan ke folder kedua {second} gagal: {value}</source>
        <translation>The backup to the second folder {second} failed: {value}</translation>
    </message>
    <message>
        <source>Folder cadangan kedua {folder} tidak tersedia (flashdisk tidak terpasang?).</source>
        <translation>The second backup folder {folder} is not available (flash drive not plugged in?).</translation>
    </message>
    <message>
        <source>Belum ada cadangan basis data.</source>
        <translation>No database backup yet.</translation>
    </message>
    <message>
        <source>pg_dump tidak terpasang di komputer ini. Basis data PostgreSQL dicadangkan oleh server kantor (cadangan server atau pg_dump di server); tidak ada yang dicadangkan dari loket ini.</source>
        <translation>pg_dump is not installed on this computer. A PostgreSQL database is backed up by the office server (server backups or pg_dump on the server); nothing was backed up from this counter.</translation>
    </message>
    <message>
        <source>pg_dump gagal (kode keluar {returncode}). Periksa alamat server, nama pengguna dan kata sandi basis data, lalu coba lagi.</source>
        <translation>pg_dump failed (exit code {returncode}). Check the server address, the database user name and password, then try again.</translation>
    </message>
    <message>
        <source>Hasil pg_dump tidak lolos pemeriksaan pg_restore --list.</source>
        <translation>The pg_dump output did not pass the pg_restore --list check.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Petugas loket</source>
        <translation>Counter officer</translation>
    </message>
    <message>
        <source>Pimpinan</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Peran {role} tidak berwenang untuk tindakan ini ({action}).</source>
        <translation>The {role} role may not do this ({action}).</translation>
    </message>
    <message>
        <source>Basis data sedang dikunci oleh program lain terlalu lama (mungkin Desk yang lain, program pencadangan atau antivirus). Tidak ada yang berubah. Tunggu sebentar lalu coba lagi; bila terus terjadi, tutup program lain yang memakai berkas basis data.</source>
        <translation>Another program has kept the database locked too long (perhaps another Desk, a backup program or an antivirus). Nothing changed. Wait a moment and try again; if it keeps happening, close the other programs using the database file.</translation>
    </message>
    <message>
        <source>Penyimpanan penuh: disk tempat basis data tidak punya ruang lagi, jadi isian ini belum tersimpan. Data yang sudah tersimpan sebelumnya aman. Kosongkan ruang disk, lalu simpan lagi.</source>
        <translation>Storage full: the disk holding the database has no space left, so this entry is not saved yet. Data saved before is safe. Free some disk space, then save again.</translation>
    </message>
    <message>
        <source>Basis data tidak bisa ditulisi (berkas atau folder data hanya-baca). Isian ini belum tersimpan. Minta pengelola komputer memberi izin tulis pada folder data Desk.</source>
        <translation>The database cannot be written to (the file or the data folder is read-only). This entry is not saved yet. Ask the computer&apos;s administrator for write permission on Desk&apos;s data folder.</translation>
    </message>
    <message>
        <source>Berkas basis data rusak atau bukan basis data Desk. Tutup Desk; saat dibuka lagi, Desk menawarkan pemulihan dari cadangan terakhir yang baik (atau jalankan `desk restore`).</source>
        <translation>The database file is damaged or is not a Desk database. Close Desk; when it opens again, Desk offers to restore the last good backup (or run `desk restore`).</translation>
    </message>
    <message>
        <source>Disk tidak dapat dibaca atau ditulisi (kesalahan masukan/keluaran). Isian ini belum tersimpan. Periksa disk atau flashdisk tempat folder data, lalu coba lagi.</source>
        <translation>The disk cannot be read or written (an input/output error). This entry is not saved yet. Check the disk or flash drive holding the data folder, then try again.</translation>
    </message>
    <message>
        <source>Berkas basis data tidak dapat dibuka. Periksa bahwa folder data ada dan boleh ditulisi.</source>
        <translation>The database file cannot be opened. Check that the data folder exists and may be written to.</translation>
    </message>
    <message>
        <source>Server basis data tidak dapat dihubungi. Periksa jaringan kantor dan bahwa server PostgreSQL menyala, lalu coba lagi. Isian ini belum tersimpan.</source>
        <translation>The database server cannot be reached. Check the office network and that the PostgreSQL server is on, then try again. This entry is not saved yet.</translation>
    </message>
    <message>
        <source>Data ini bentrok dengan data yang baru saja disimpan (mungkin di loket lain pada saat yang sama). Tidak ada yang tersimpan. Coba simpan lagi.</source>
        <translation>This clashes with data saved just now (perhaps at another counter at the same time). Nothing was saved. Try saving again.</translation>
    </message>
    <message>
        <source>Basis data menolak isian ini (ada isian yang terlalu panjang atau tidak sesuai). Tidak ada yang tersimpan. Periksa isian lalu simpan lagi; bila terus terjadi, laporkan kepada pengelola Desk.</source>
        <translation>The database refused this entry (a field is too long or not valid). Nothing was saved. Check the fields and save again; if it keeps happening, tell Desk&apos;s administrator.</translation>
    </message>
    <message>
        <source>Nama pemerintah daerah</source>
        <translation>Name of the regional government</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Singkatan kantor</source>
        <translation>Office abbreviation</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kode pos</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Pos-el</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Nama kepala kantor</source>
        <translation>Name of the head of office</translation>
    </message>
    <message>
        <source>NIP kepala kantor</source>
        <translation>NIP of the head of office</translation>
    </message>
    <message>
        <source>Jabatan kepala kantor</source>
        <translation>Title of the head of office</translation>
    </message>
    <message>
        <source>Pangkat/golongan kepala kantor</source>
        <translation>Rank/grade of the head of office</translation>
    </message>
    <message>
        <source>Jabatan lengkap kepala kantor</source>
        <translation>Full position of the head of office</translation>
    </message>
    <message>
        <source>Penanggung jawab pelayanan</source>
        <translation>Person responsible for services</translation>
    </message>
    <message>
        <source>Jabatan penanggung jawab</source>
        <translation>Title of the person responsible</translation>
    </message>
    <message>
        <source>NIP penanggung jawab pelayanan</source>
        <translation>NIP of the person responsible for services</translation>
    </message>
    <message>
        <source>Tempat pada baris tanggal</source>
        <translation>Place on the date line</translation>
    </message>
    <message>
        <source>Tempat forum konsultasi</source>
        <translation>Consultation forum venue</translation>
    </message>
    <message>
        <source>Pemberitahuan pelindungan data</source>
        <translation>Data protection notice</translation>
    </message>
    <message>
        <source>Kontak pelindungan data</source>
        <translation>Data protection contact</translation>
    </message>
    <message>
        <source>Teks maklumat pelayanan</source>
        <translation>Service pledge (maklumat) text</translation>
    </message>
    <message>
        <source>Logo (lambang daerah)</source>
        <translation>Logo (regional emblem)</translation>
    </message>
    <message>
        <source>Nomor keputusan penetapan standar pelayanan</source>
        <translation>Number of the decree adopting the service standards</translation>
    </message>
    <message>
        <source>Tanggal keputusan penetapan standar pelayanan</source>
        <translation>Date of the decree adopting the service standards</translation>
    </message>
    <message>
        <source>Tanggal penandatanganan maklumat</source>
        <translation>Signing date of the service pledge</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <source>masih isian contoh</source>
        <translation>still a sample entry</translation>
    </message>
    <message>
        <source>belum dipasang</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>Untuk beberapa loket yang berbagi data, gunakan mode PostgreSQL: pasang PostgreSQL di server kantor lalu atur DESK_DATABASE_URL=postgresql+psycopg://… di setiap loket (lihat README, bagian &quot;Several counters: PostgreSQL&quot;). Untuk satu loket, pakai folder data di disk komputer ini sendiri.</source>
        <translation>For several counters that share data, use PostgreSQL mode: install PostgreSQL on the office server and set DESK_DATABASE_URL=postgresql+psycopg://… at every counter (see the README, section &quot;Several counters: PostgreSQL&quot;). For one counter, use a data folder on this computer&apos;s own disk.</translation>
    </message>
    <message>
        <source>jalur UNC {path}</source>
        <translation>UNC path {path}</translation>
    </message>
    <message>
        <source>drive jaringan {drive}</source>
        <translation>network drive {drive}</translation>
    </message>
    <message>
        <source>{kind} di {path}</source>
        <translation>{kind} on {path}</translation>
    </message>
    <message>
        <source>Folder data {folder} berada di folder jaringan ({how}). Desk menolak menyimpan basis data SQLite di folder jaringan karena berkasnya bisa rusak bila dibuka dari lebih dari satu komputer atau saat jaringan terputus. {hint}</source>
        <translation>The data folder {folder} is on a network folder ({how}). Desk refuses to keep a SQLite database in a network folder because the file can be damaged when it is opened from more than one computer or when the network drops. {hint}</translation>
    </message>
    <message>
        <source>Disk tempat folder data {folder} penuh. Kosongkan ruang disk agar Desk bisa menyimpan data.</source>
        <translation>The disk holding the data folder {folder} is full. Free some disk space so that Desk can save data.</translation>
    </message>
    <message>
        <source>Folder data {folder} hanya-baca: Desk tidak bisa menyimpan permohonan di sana. Minta pengelola komputer memberi izin tulis, atau jalankan Desk dengan folder data lain (--data-dir).</source>
        <translation>The data folder {folder} is read-only: Desk cannot save requests there. Ask the computer&apos;s administrator for write permission, or run Desk with another data folder (--data-dir).</translation>
    </message>
    <message>
        <source>Folder data {folder} tidak dapat dipakai ({why}). Pilih folder data lain dengan --data-dir, atau minta pengelola komputer memeriksanya.</source>
        <translation>The data folder {folder} cannot be used ({why}). Choose another data folder with --data-dir, or ask the computer&apos;s administrator to look at it.</translation>
    </message>
    <message>
        <source>Berkas {path} bukan basis data Desk ({why}). Desk tidak akan menimpanya. Bila dipulihkan dari cadangan, berkas ini disisihkan dengan nama lain (tidak dihapus) dan cadangan terakhir yang baik dipasang.</source>
        <translation>The file {path} is not a Desk database ({why}). Desk will not overwrite it. If it is restored from a backup, this file is set aside under another name (not deleted) and the last good backup is put in place.</translation>
    </message>
    <message>
        <source>Berkas {path} adalah basis data SQLite milik program lain ({why}). Desk tidak mengubahnya sama sekali. Pakai folder data lain untuk Desk (--data-dir), atau pindahkan berkas itu.</source>
        <translation>The file {path} is a SQLite database of another program ({why}). Desk does not change it at all. Use another data folder for Desk (--data-dir), or move that file.</translation>
    </message>
    <message>
        <source>Basis data {path} rusak (pemeriksaan: {details}). Desk tidak akan menimpanya. Bila dipulihkan dari cadangan, berkas ini disisihkan dengan nama lain (tidak dihapus) dan cadangan terakhir yang baik dipasang.</source>
        <translation>The database {path} is damaged (check: {details}). Desk will not overwrite it. If it is restored from a backup, this file is set aside under another name (not deleted) and the last good backup is put in place.</translation>
    </message>
    <message>
        <source>Di tempat berkas basis data {path} ternyata ada sebuah folder. Desk tidak mengubahnya. Pindahkan atau ganti nama folder itu, lalu buka Desk lagi.</source>
        <translation>Where the database file {path} should be there is a folder. Desk does not change it. Move or rename that folder, then open Desk again.</translation>
    </message>
    <message>
        <source>berkas kosong, 0 bita</source>
        <translation>empty file, 0 bytes</translation>
    </message>
    <message>
        <source>isinya bukan SQLite</source>
        <translation>its content is not SQLite</translation>
    </message>
    <message>
        <source>tanpa tabel revisi skema</source>
        <translation>no schema revision table</translation>
    </message>
    <message>
        <source>tabel revisi skemanya kosong</source>
        <translation>its schema revision table is empty</translation>
    </message>
    <message>
        <source>revisi skema {revisions} bukan milik Desk</source>
        <translation>schema revision {revisions} is not Desk&apos;s</translation>
    </message>
    <message>
        <source>Berkas rusak {path} tidak dapat disisihkan.</source>
        <translation>The damaged file {path} cannot be set aside.</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Pola nomor permohonan</source>
        <translation>Request number pattern</translation>
    </message>
    <message>
        <source>Profil kantor belum diisi.</source>
        <translation>The office profile has not been filled in.</translation>
    </message>
    <message>
        <source>Berkas logo kosong.</source>
        <translation>The logo file is empty.</translation>
    </message>
    <message>
        <source>Berkas logo terlalu besar (maksimal {megabytes} MB).</source>
        <translation>The logo file is too large (at most {megabytes} MB).</translation>
    </message>
    <message>
        <source>Logo harus berupa gambar PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Gambar logo terlalu besar (lebih dari 40 megapiksel).</source>
        <translation>The logo image is too large (more than 40 megapixels).</translation>
    </message>
    <message>
        <source>Berkas ini bukan gambar PNG atau JPEG yang utuh.</source>
        <translation>This file is not a complete PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Gambar logo terlalu kecil ({width}×{height} piksel); minimal {least} piksel per sisi.</source>
        <translation>The logo image is too small ({width}×{height} pixels); at least {least} pixels per side.</translation>
    </message>
    <message>
        <source>Kode bidang 1–10 huruf besar atau angka, tanpa spasi (mis. PNP).</source>
        <translation>A unit code is 1–10 capital letters or digits, without spaces (e.g. PNP).</translation>
    </message>
    <message>
        <source>Kode bidang {code} sudah dipakai.</source>
        <translation>The unit code {code} is already used.</translation>
    </message>
    <message>
        <source>Berkas {name} berformat Excel lama (.xls) yang tidak dapat dibaca Desk. Buka di Excel, simpan sebagai &quot;Excel Workbook (.xlsx)&quot;, lalu impor lagi.</source>
        <translation>The file {name} is in the old Excel format (.xls), which Desk cannot read. Open it in Excel, save it as &quot;Excel Workbook (.xlsx)&quot;, then import again.</translation>
    </message>
    <message>
        <source>Berkas ini berformat Excel lama (.xls) yang tidak dapat dibaca Desk. Buka di Excel, simpan sebagai &quot;Excel Workbook (.xlsx)&quot;, lalu impor lagi.</source>
        <translation>This file is in the old Excel format (.xls), which Desk cannot read. Open it in Excel, save it as &quot;Excel Workbook (.xlsx)&quot;, then import again.</translation>
    </message>
    <message>
        <source>Jenis berkas tidak didukung. Pakai CSV (.csv) atau Excel (.xlsx).</source>
        <translation>This kind of file is not supported. Use CSV (.csv) or Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Berkas terlalu besar: paling banyak {limit} {what}.</source>
        <translation>The file is too large: at most {limit} {what}.</translation>
    </message>
    <message>
        <source>Berkas {name} terlalu besar (lebih dari {size} MB) untuk diimpor.</source>
        <translation>The file {name} is too large (more than {size} MB) to import.</translation>
    </message>
    <message>
        <source>{name} adalah folder, bukan berkas.</source>
        <translation>{name} is a folder, not a file.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca: {reason}.</source>
        <translation>The file {name} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Berkas kosong.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Bidang tidak ditemukan.</source>
        <translation>Unit not found.</translation>
    </message>
    <message>
        <source>Kode layanan 1–20 huruf besar, angka, titik atau tanda hubung (mis. P9).</source>
        <translation>A service code is 1–20 capital letters, digits, dots or hyphens (e.g. P9).</translation>
    </message>
    <message>
        <source>Kode layanan {code} sudah dipakai.</source>
        <translation>The service code {code} is already used.</translation>
    </message>
    <message>
        <source>Layanan tidak ditemukan.</source>
        <translation>Service not found.</translation>
    </message>
    <message>
        <source>Layanan {code} belum dapat diaktifkan: standar pelayanannya belum ditulis. Tulis standarnya dulu di layar Standar Pelayanan.</source>
        <translation>Service {code} cannot be activated yet: its service standard has not been written. Write the standard first in the Service Standards screen.</translation>
    </message>
    <message>
        <source>Struk 80 mm</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>Struk 58 mm</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <source>Jenis dokumen &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Unknown document type &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Kertas {paper} tidak dapat dipakai untuk {document} (pilih {allowed}).</source>
        <translation>Paper {paper} cannot be used for {document} (choose {allowed}).</translation>
    </message>
    <message>
        <source>perkiraan; dihitung ulang saat berkas wajib lengkap</source>
        <translation>estimate; counted again once the required documents are complete</translation>
    </message>
    <message>
        <source>dihitung sejak berkas lengkap</source>
        <translation>counted from the complete file</translation>
    </message>
    <message>
        <source>Dihubungi melalui WhatsApp/SMS</source>
        <translation>Contacted by WhatsApp/SMS</translation>
    </message>
    <message>
        <source>Difoto dalam Forum Konsultasi Publik</source>
        <translation>Photographed at the Public Consultation Forum</translation>
    </message>
    <message>
        <source>Nama dalam daftar hadir yang dipublikasikan</source>
        <translation>Name in the published attendance list</translation>
    </message>
    <message>
        <source>Dihubungi melalui WhatsApp/SMS (pemberitahuan hasil, undangan FKP).</source>
        <translation>Contacted by WhatsApp/SMS (notice of results, forum invitations).</translation>
    </message>
    <message>
        <source>Difoto selama forum; foto dipakai untuk dokumentasi dan laporan kegiatan FKP.</source>
        <translation>Photographed during the forum; the photos are used for the forum&apos;s records and activity report.</translation>
    </message>
    <message>
        <source>Nama, instansi dan nomor HP dicantumkan pada daftar hadir yang diedarkan di forum; daftar hadir dipublikasikan sebagai bukti dukung FKP tanpa nomor HP.</source>
        <translation>Name, institution and mobile number appear on the attendance list passed round at the forum; the list is published as evidence of the forum without mobile numbers.</translation>
    </message>
    <message>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <source>Libur lokal (Bupati)</source>
        <translation>Local holiday (Regent)</translation>
    </message>
    <message>
        <source>Kolom kurang: tiap baris berisi tanggal, nama, jenis (dan boleh dasar hukum).</source>
        <translation>Too few columns: each row holds a date, a name, a kind (and may hold a legal basis).</translation>
    </message>
    <message>
        <source>Kolom terlalu banyak: tiap baris berisi tanggal, nama, jenis, dasar hukum.</source>
        <translation>Too many columns: each row holds a date, a name, a kind and a legal basis.</translation>
    </message>
    <message>
        <source>Tanggal &apos;{text}&apos; tidak valid (tulis 2027-01-01 atau 01/01/2027).</source>
        <translation>The date &apos;{text}&apos; is not valid (write 2027-01-01 or 01/01/2027).</translation>
    </message>
    <message>
        <source>Tanggal kosong.</source>
        <translation>The date is empty.</translation>
    </message>
    <message>
        <source>Jenis &apos;{raw_kind}&apos; tidak dikenal (libur_nasional, cuti_bersama atau lokal).</source>
        <translation>Unknown kind &apos;{raw_kind}&apos; (libur_nasional, cuti_bersama or lokal).</translation>
    </message>
    <message>
        <source>Jenis kosong (libur_nasional, cuti_bersama atau lokal).</source>
        <translation>The kind is empty (libur_nasional, cuti_bersama or lokal).</translation>
    </message>
    <message>
        <source>Tanggal {value} muncul lebih dari sekali (juga di baris {others}).</source>
        <translation>The date {value} appears more than once (also on row {others}).</translation>
    </message>
    <message>
        <source>Tanggal {value} sudah ada di daftar ({value2}); ubah di layar Hari Libur atau impor dengan pilihan ganti tahun.</source>
        <translation>The date {value} is already in the list ({value2}); change it on the Holidays screen or import with the option to replace the year.</translation>
    </message>
    <message>
        <source>Hari libur tahun {year} belum dimasukkan: tenggat permohonan dihitung tanpa libur nasional dan cuti bersama. Admin: masukkan daftar SKB tiga menteri di Administrasi › Hari libur.</source>
        <translation>The holidays of {year} have not been entered: request due dates are counted without national holidays and collective leave. Admin: enter the joint ministerial decree (SKB) list in Administration › Holidays.</translation>
    </message>
    <message>
        <source>Hari libur tahun {year} belum dimasukkan. Admin: masukkan daftar SKB tiga menteri tahun {year} di Administrasi › Hari libur.</source>
        <translation>The holidays of {year} have not been entered. Admin: enter the joint ministerial decree (SKB) list of {year} in Administration › Holidays.</translation>
    </message>
    <message>
        <source>nomor urut (per bidang per tahun), mis. {seq:04d} → 0001</source>
        <translation>serial number (per unit per year), e.g. {seq:04d} → 0001</translation>
    </message>
    <message>
        <source>kode bidang, mis. PNP</source>
        <translation>unit code, e.g. PNP</translation>
    </message>
    <message>
        <source>singkatan kantor, mis. DKUKMTK</source>
        <translation>office abbreviation, e.g. DKUKMTK</translation>
    </message>
    <message>
        <source>bulan dalam angka Romawi, mis. X</source>
        <translation>month in Roman numerals, e.g. X</translation>
    </message>
    <message>
        <source>bulan dua angka, mis. 10</source>
        <translation>month in two digits, e.g. 10</translation>
    </message>
    <message>
        <source>tahun empat angka, mis. 2025</source>
        <translation>year in four digits, e.g. 2025</translation>
    </message>
    <message>
        <source>Penanda {shown} tidak dikenal. Yang boleh dipakai: {allowed}.</source>
        <translation>Unknown placeholder {shown}. Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Penanda {shown} tidak boleh memakai tanda seru (!{conv}).</source>
        <translation>The placeholder {shown} cannot use an exclamation mark (!{conv}).</translation>
    </message>
    <message>
        <source>Format {shown} tidak boleh memuat kurung kurawal.</source>
        <translation>The format {shown} cannot contain curly brackets.</translation>
    </message>
    <message>
        <source>Format {shown} terlalu lebar (paling banyak dua angka).</source>
        <translation>The format {shown} is too wide (at most two digits).</translation>
    </message>
    <message>
        <source>Format {shown} tidak valid.</source>
        <translation>The format {shown} is not valid.</translation>
    </message>
    <message>
        <source>Format {shown} membuat nilai yang berbeda tampil sama; hapus atau ubah formatnya.</source>
        <translation>The format {shown} shows different values the same; remove or change the format.</translation>
    </message>
    <message>
        <source>Nomor urut harus 1 atau lebih.</source>
        <translation>The sequence number must be 1 or more.</translation>
    </message>
    <message>
        <source>Jumlah pengguna layanan pada periode ini belum tercatat; kecukupan sampel belum dapat dinilai.</source>
        <translation>The number of service users in this period is not on record yet; whether the sample is enough cannot be judged yet.</translation>
    </message>
    <message>
        <source>Sampel belum mencukupi: minimal {minimum} responden untuk {population} pengguna layanan (Krejcie–Morgan).</source>
        <translation>The sample is not enough yet: at least {minimum} respondents for {population} service users (Krejcie–Morgan).</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Ini cadangan PostgreSQL (pg_dump). Pemulihannya dilakukan di server dengan pg_restore oleh pengelola server, bukan dari loket.</source>
        <translation>This is a PostgreSQL backup (pg_dump). It is restored on the server with pg_restore by the server&apos;s administrator, not from a counter.</translation>
    </message>
    <message>
        <source>Berkas {name} kosong (0 bita); bukan cadangan.</source>
        <translation>File {name} is empty (0 bytes); it is not a backup.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan cadangan Desk yang dapat dipakai ({detail}).</source>
        <translation>File {name} is not a usable Desk backup ({detail}).</translation>
    </message>
    <message>
        <source>Cadangan {name} dibuat oleh Desk yang lebih baru{made_by_file}. Perbarui Desk di komputer ini terlebih dahulu, lalu pulihkan lagi.</source>
        <translation>Backup {name} was made by a newer Desk{made_by_file}. Update Desk on this computer first, then restore again.</translation>
    </message>
    <message>
        <source>Cadangan {name} rusak (pemeriksaan: {items}). Pilih cadangan lain.</source>
        <translation>Backup {name} is damaged (check: {items}). Choose another backup.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan cadangan Desk (tabel permohonan tidak ada).</source>
        <translation>File {name} is not a Desk backup (it has no requests table).</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat disalin ke folder data ({reason}).</source>
        <translation>The backup cannot be copied to the data folder ({reason}).</translation>
    </message>
    <message>
        <source>Basis data sedang dibuka oleh program lain (Desk di jendela lain?). Tutup program itu lalu pulihkan lagi.</source>
        <translation>Another program has the database open (Desk in another window?). Close that program, then restore again.</translation>
    </message>
    <message>
        <source>Hasil pemulihan tidak lolos pemeriksaan: {details}</source>
        <translation>The restored copy failed its check: {details}</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Akun ini sudah dinonaktifkan. Hubungi admin Desk.</source>
        <translation>This account has been deactivated. Contact Desk&apos;s admin.</translation>
    </message>
    <message>
        <source>Akun ini belum punya kata sandi. Minta admin menyetel kata sandi untuk Anda.</source>
        <translation>This account has no password yet. Ask the admin to set one for you.</translation>
    </message>
    <message>
        <source>Nama pengguna 2–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, tanpa spasi.</source>
        <translation>A user name has 2–60 characters: lower-case letters, digits, dots, underscores or hyphens, no spaces.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>Nama lengkap paling panjang 120 karakter.</source>
        <translation>The full name is at most 120 characters long.</translation>
    </message>
    <message>
        <source>NIP terdiri dari 18 angka (boleh dikosongkan).</source>
        <translation>An NIP has 18 digits (it may be left empty).</translation>
    </message>
    <message>
        <source>Peran tidak dikenal: pilih Admin, Petugas loket atau Pimpinan.</source>
        <translation>Unknown role: choose Admin, Counter officer or Head of office.</translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan.</source>
        <translation>User not found.</translation>
    </message>
    <message>
        <source>Admin pertama sudah ada. Pengguna baru ditambahkan oleh admin.</source>
        <translation>The first admin already exists. New users are added by an admin.</translation>
    </message>
    <message>
        <source>pukul {clock} {zone}</source>
        <translation>{clock} {zone}</translation>
    </message>
    <message>
        <source>{date} pukul {clock} {zone}</source>
        <translation>{date} {clock} {zone}</translation>
    </message>
    <message>
        <source>Akun dikunci karena {attempts} kali salah kata sandi. Coba lagi setelah {when}, atau minta admin membuka kuncinya.</source>
        <translation>Account locked after {attempts} wrong passwords. Try again after {when}, or ask the admin to unlock it.</translation>
    </message>
    <message>
        <source>{wrong} Sisa {left} kali percobaan sebelum akun dikunci.</source>
        <translation>{wrong} {left} tries left before the account is locked.</translation>
    </message>
    <message>
        <source>Masuk dulu untuk membuka kunci layar.</source>
        <translation>Log in first to unlock the screen.</translation>
    </message>
    <message>
        <source>Masuk dulu untuk mengganti kata sandi.</source>
        <translation>Log in first to change the password.</translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>Nama pengguna &apos;{name}&apos; sudah dipakai.</source>
        <translation>User name &apos;{name}&apos; is already taken.</translation>
    </message>
    <message>
        <source>Ini admin aktif terakhir; tetapkan admin lain dulu sebelum mengubah perannya.</source>
        <translation>This is the last active admin; make someone else admin before changing this role.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Ini admin aktif terakhir; Desk harus punya setidaknya satu admin aktif.</source>
        <translation>This is the last active admin; Desk must have at least one active admin.</translation>
    </message>
    <message>
        <source>Waktu kunci layar antara {low} dan {high} menit.</source>
        <translation>The screen lock time is between {low} and {high} minutes.</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Urban village</translation>
    </message>
    <message>
        <source>Nama wilayah wajib diisi.</source>
        <translation>The region name is required.</translation>
    </message>
    <message>
        <source>Nama wilayah terlalu panjang (maksimal {most} huruf).</source>
        <translation>The region name is too long (at most {most} characters).</translation>
    </message>
    <message>
        <source>Kode wilayah Kemendagri tidak valid: kecamatan 63.11.04, desa 63.11.04.2008 (kelurahan 63.11.06.1019).</source>
        <translation>Not a valid Kemendagri region code: district 63.11.04, village 63.11.04.2008 (urban village 63.11.06.1019).</translation>
    </message>
    <message>
        <source>Kode {normal} sudah ada.</source>
        <translation>Code {normal} already exists.</translation>
    </message>
    <message>
        <source>Kecamatan {parent} belum ada; tambahkan kecamatannya dulu.</source>
        <translation>District {parent} does not exist yet; add the district first.</translation>
    </message>
    <message>
        <source>Wilayah tidak ditemukan.</source>
        <translation>Region not found.</translation>
    </message>
    <message>
        <source>{name} tidak dapat dihapus: dipakai di alamat {used} pengunjung. Ubah namanya bila perlu.</source>
        <translation>{name} cannot be deleted: it is used in the addresses of {used} visitors. Rename it if needed.</translation>
    </message>
    <message>
        <source>Kecamatan {name} masih mempunyai desa; hapus desanya dulu.</source>
        <translation>District {name} still has villages; delete the villages first.</translation>
    </message>
    <message>
        <source>Kolom kurang: tiap baris berisi kode dan nama.</source>
        <translation>Too few columns: each row holds a code and a name.</translation>
    </message>
    <message>
        <source>Kolom terlalu banyak: tiap baris berisi kode dan nama saja.</source>
        <translation>Too many columns: each row holds only a code and a name.</translation>
    </message>
    <message>
        <source>Kode &apos;{code_text}&apos; bukan kode wilayah Kemendagri (contoh 63.11.04 atau 63.11.04.2008).</source>
        <translation>The code &apos;{code_text}&apos; is not a Kemendagri region code (e.g. 63.11.04 or 63.11.04.2008).</translation>
    </message>
    <message>
        <source>Kode {normal} muncul lebih dari sekali (juga di baris {others}).</source>
        <translation>The code {normal} appears more than once (also on row {others}).</translation>
    </message>
    <message>
        <source>Kecamatan {parent} tidak ada di berkas maupun di daftar.</source>
        <translation>The district {parent} is neither in the file nor in the list.</translation>
    </message>
    <message>
        <source>Nama wilayah kosong.</source>
        <translation>The region name is empty.</translation>
    </message>
    <message>
        <source>Nama wilayah terlalu panjang (maksimal {max_name} huruf).</source>
        <translation>The region name is too long (at most {max_name} characters).</translation>
    </message>
    <message>
        <source>Layanan ini belum mempunyai standar pelayanan.</source>
        <translation>This service has no service standard yet.</translation>
    </message>
    <message>
        <source>Versi standar tidak ditemukan.</source>
        <translation>Standard version not found.</translation>
    </message>
    <message>
        <source>Permohonan yang dipilih tidak ditemukan.</source>
        <translation>The chosen request was not found.</translation>
    </message>
    <message>
        <source>Data pemohon permohonan ini sudah dianonimkan; isi identitas pelapor.</source>
        <translation>The applicant data of this request has been anonymised; fill in the complainant&apos;s identity.</translation>
    </message>
    <message>
        <source>Layanan yang dipilih tidak ditemukan.</source>
        <translation>The chosen service was not found.</translation>
    </message>
    <message>
        <source>Unit yang dipilih tidak ditemukan.</source>
        <translation>The chosen unit was not found.</translation>
    </message>
    <message>
        <source>Pengaduan tidak ditemukan.</source>
        <translation>Complaint not found.</translation>
    </message>
    <message>
        <source>Tujuan disposisi terlalu panjang (maksimal {most} huruf).</source>
        <translation>The referral addressee is too long (at most {most} characters).</translation>
    </message>
    <message>
        <source>Unit tujuan disposisi tidak ditemukan atau tidak aktif.</source>
        <translation>The unit the complaint is referred to was not found or is not active.</translation>
    </message>
    <message>
        <source>Data pelapor pengaduan ini sudah dianonimkan; lampiran tidak dapat ditambah.</source>
        <translation>This complaint&apos;s reporter data has been anonymised; attachments cannot be added.</translation>
    </message>
    <message>
        <source>Pengaduan ini sudah memiliki {most} lampiran (batasnya).</source>
        <translation>This complaint already has {most} attachments (the limit).</translation>
    </message>
    <message>
        <source>Lampiran tidak ditemukan.</source>
        <translation>Attachment not found.</translation>
    </message>
    <message>
        <source>Surat jawaban dibuat setelah pengaduan selesai, ditolak, atau dinyatakan bukan kewenangan.</source>
        <translation>A reply letter is made once the complaint is completed, rejected or declared outside the office&apos;s authority.</translation>
    </message>
    <message>
        <source>Tujuan persetujuan tidak dikenal: {items}.</source>
        <translation>Unknown consent purpose: {items}.</translation>
    </message>
    <message>
        <source>Data orang ini tidak ditemukan.</source>
        <translation>This person&apos;s data was not found.</translation>
    </message>
    <message>
        <source>Data orang ini sudah dianonimkan; persetujuan tidak dapat dicatat lagi.</source>
        <translation>This person&apos;s data has been anonymised; consent can no longer be recorded.</translation>
    </message>
    <message>
        <source>Forum tidak ditemukan.</source>
        <translation>Forum not found.</translation>
    </message>
    <message>
        <source>Peserta tidak ditemukan.</source>
        <translation>Participant not found.</translation>
    </message>
    <message>
        <source>Daftar hari libur bawaan tidak terpasang bersama Desk ini. Impor daftar SKB dari berkas CSV atau Excel.</source>
        <translation>The built-in holiday list is not installed with this Desk. Import the SKB list from a CSV or Excel file.</translation>
    </message>
    <message>
        <source>Hari libur tahun {year} sudah ada di daftar.</source>
        <translation>The holidays of {year} are already on the list.</translation>
    </message>
    <message>
        <source>Hari libur tahun {year} dipakai untuk tenggat sekarang; pemberitahuannya tidak dapat ditunda. Masukkan daftar SKB-nya.</source>
        <translation>The holidays of {year} are needed for due dates now; the reminder cannot be put off. Enter its SKB list.</translation>
    </message>
    <message>
        <source>Hari libur tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>Holiday not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Tidak ada hari libur pada {day}.</source>
        <translation>There is no holiday on {day}.</translation>
    </message>
    <message>
        <source>Tahun {year} di luar rentang {first}–{last}.</source>
        <translation>Year {year} is outside the range {first}–{last}.</translation>
    </message>
    <message>
        <source>Daftar bawaan Desk belum memuat hari libur tahun {year}. Impor daftar SKB-nya dari berkas CSV atau Excel.</source>
        <translation>Desk&apos;s built-in list does not hold the holidays of {year} yet. Import its SKB list from a CSV or Excel file.</translation>
    </message>
    <message>
        <source>Tidak ada hari libur baru untuk tahun {year}: semua hari di daftar bawaan sudah ada, atau tanggal perkiraan belum dipastikan.</source>
        <translation>No new holidays for {year}: every day of the built-in list is already there, or the estimated dates have not been confirmed.</translation>
    </message>
    <message>
        <source>Berkas kunci {what} {path} ternyata sebuah folder. Pindahkan folder itu.</source>
        <translation>The {what} key file {path} is a folder. Move that folder away.</translation>
    </message>
    <message>
        <source>Berkas kunci {what} {path} tidak dapat dibaca: {reason}.</source>
        <translation>The {what} key file {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Berkas kunci {what} {path} rusak. Pulihkan berkas itu dari salinannya.</source>
        <translation>The {what} key file {path} is damaged. Restore it from its copy.</translation>
    </message>
    <message>
        <source>Berkas kunci {what} tidak dapat dibuat di folder data {parent}. Periksa bahwa folder itu boleh ditulisi.</source>
        <translation>The {what} key file cannot be created in the data folder {parent}. Check that the folder may be written to.</translation>
    </message>
    <message>
        <source>Kunci {what} memerlukan folder data; jalankan Desk dengan --data-dir.</source>
        <translation>The {what} key needs a data folder; run Desk with --data-dir.</translation>
    </message>
    <message>
        <source>Nomor {ref} tidak ada di register pelayanan kantor ini.</source>
        <translation>The number {ref} is not in this office&apos;s service register.</translation>
    </message>
    <message>
        <source>Kunci tanda terima di pengaturan rusak. Pulihkan dari cadangan.</source>
        <translation>The receipt key in the settings is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Berkas wajib belum lengkap: {documents}. Centang berkas yang sudah diterima, atau minta admin menyelesaikan permohonan ini dengan alasan.</source>
        <translation>Mandatory documents are incomplete: {documents}. Tick the documents already received, or ask an admin to complete this request with a reason.</translation>
    </message>
    <message>
        <source>Permohonan tidak ditemukan.</source>
        <translation>Request not found.</translation>
    </message>
    <message>
        <source>Layanan ini tidak tersedia lagi. Pilih layanan lain.</source>
        <translation>This service is no longer available. Choose another service.</translation>
    </message>
    <message>
        <source>NIK ini sudah tercatat untuk pemohon lain. Periksa kembali NIK-nya.</source>
        <translation>This NIK is already recorded for another applicant. Check the NIK again.</translation>
    </message>
    <message>
        <source>Data pemohon ini sudah dianonimkan dan tidak dapat dikoreksi.</source>
        <translation>This visitor&apos;s data has been anonymised and cannot be corrected.</translation>
    </message>
    <message>
        <source>Permohonan ini sudah {status_label}; berkasnya tidak diubah lagi.</source>
        <translation>This request is already {status_label}; its documents are no longer changed.</translation>
    </message>
    <message>
        <source>Daftar berkas sudah berubah. Muat ulang permohonan ini lalu coba lagi.</source>
        <translation>The document list has changed. Reload this request and try again.</translation>
    </message>
    <message>
        <source>Pilih siapa yang mengambil hasilnya: pemohon sendiri atau kuasanya.</source>
        <translation>Choose who collects the result: the visitor in person or a representative.</translation>
    </message>
    <message>
        <source>Tulis nama kuasa atau wakil yang mengambil hasilnya.</source>
        <translation>Write the name of the representative who collects the result.</translation>
    </message>
    <message>
        <source>Nama pengambil terlalu panjang (maksimal {most} huruf).</source>
        <translation>The collector&apos;s name is too long (at most {most} characters).</translation>
    </message>
    <message>
        <source>Nomor produk terlalu panjang (maksimal {most} huruf).</source>
        <translation>The product number is too long (at most {most} characters).</translation>
    </message>
    <message>
        <source>{what} terlalu panjang (maksimal {most} huruf).</source>
        <translation>{what} is too long (at most {most} characters).</translation>
    </message>
    <message>
        <source>Catat siapa yang mengambil hasilnya: pemohon sendiri atau kuasanya.</source>
        <translation>Record who collects the result: the visitor in person or a representative.</translation>
    </message>
    <message>
        <source>Hanya admin yang dapat menyelesaikan permohonan yang berkas wajibnya belum lengkap.</source>
        <translation>Only an admin can complete a request whose mandatory documents are incomplete.</translation>
    </message>
    <message>
        <source>Permohonan ini masih {status_label}; tidak perlu dibuka kembali.</source>
        <translation>This request is still {status_label}; it does not need reopening.</translation>
    </message>
    <message>
        <source>Alasan membuka kembali wajib diisi.</source>
        <translation>The reason for reopening is required.</translation>
    </message>
    <message>
        <source>Masa retensi antara {low} dan {high} tahun.</source>
        <translation>The retention period is between {low} and {high} years.</translation>
    </message>
    <message>
        <source>Hanya NIK atau nomor HP yang dapat ditampilkan.</source>
        <translation>Only the NIK or the mobile number can be shown.</translation>
    </message>
    <message>
        <source>{what} orang ini tidak tercatat.</source>
        <translation>This person&apos;s {what} is not on record.</translation>
    </message>
    <message>
        <source>Layanan dengan kode {code} tidak ada.</source>
        <translation>There is no service with code {code}.</translation>
    </message>
    <message>
        <source>Forum yang dipilih tidak ditemukan.</source>
        <translation>The chosen forum was not found.</translation>
    </message>
    <message>
        <source>Tidak ada yang berubah dibanding versi {version_no}; versi baru tidak disimpan.</source>
        <translation>Nothing changed compared with version {version_no}; no new version was saved.</translation>
    </message>
    <message>
        <source>Layanan {code} tidak mempunyai versi {version_no}.</source>
        <translation>Service {code} has no version {version_no}.</translation>
    </message>
    <message>
        <source>Layanan {code} belum mempunyai standar pelayanan.</source>
        <translation>Service {code} has no service standard yet.</translation>
    </message>
    <message>
        <source>Belum ada layanan aktif yang mempunyai standar pelayanan.</source>
        <translation>No active service has a service standard yet.</translation>
    </message>
    <message>
        <source>Permintaan subjek data tidak ditemukan.</source>
        <translation>Data subject request not found.</translation>
    </message>
    <message>
        <source>Permintaan ini sudah diselesaikan.</source>
        <translation>This request has already been settled.</translation>
    </message>
    <message>
        <source>Tuliskan tindakan yang dilakukan.</source>
        <translation>Write down the action taken.</translation>
    </message>
    <message>
        <source>Permintaan subjek data ini bukan milik orang yang dipilih.</source>
        <translation>This data subject request does not belong to the person chosen.</translation>
    </message>
    <message>
        <source>Permintaan ini berjenis {kind_label}, bukan {label}.</source>
        <translation>This request is of type {kind_label}, not {label}.</translation>
    </message>
    <message>
        <source>Jenis permintaan tidak dikenal.</source>
        <translation>Unknown request type.</translation>
    </message>
    <message>
        <source>Cara permintaan disampaikan tidak dikenal.</source>
        <translation>Unknown way the request was made.</translation>
    </message>
    <message>
        <source>Waktu permintaan diterima tidak boleh di masa depan.</source>
        <translation>The time the request was received cannot be in the future.</translation>
    </message>
    <message>
        <source>Data orang ini sudah dianonimkan dan tidak dapat diperbaiki.</source>
        <translation>This person&apos;s data has been anonymised and cannot be corrected.</translation>
    </message>
    <message>
        <source>NIK ini sudah tercatat untuk orang lain. Periksa kembali NIK-nya.</source>
        <translation>This NIK is already on record for someone else. Check the NIK again.</translation>
    </message>
    <message>
        <source>Tidak ada data yang berubah.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Data orang ini sudah dianonimkan.</source>
        <translation>This person&apos;s data has been anonymised.</translation>
    </message>
    <message>
        <source>{count} masalah; formulir ke-{number}: {problem}</source>
        <translation>{count} problems; form {number}: {problem}</translation>
    </message>
    <message>
        <source>Belum ada formulir untuk disimpan.</source>
        <translation>No forms to save yet.</translation>
    </message>
    <message>
        <source>Paling banyak {limit} formulir sekali simpan.</source>
        <translation>At most {limit} forms can be saved at once.</translation>
    </message>
    <message>
        <source>Berkas tidak berisi formulir (baris data kosong).</source>
        <translation>The file holds no forms (no data rows).</translation>
    </message>
    <message>
        <source>Berkas terlalu besar: paling banyak {limit} formulir.</source>
        <translation>The file is too large: at most {limit} forms.</translation>
    </message>
    <message>
        <source>Belum ada responden pada periode ini.</source>
        <translation>No respondents in this period yet.</translation>
    </message>
    <message>
        <source>Unit tidak ditemukan.</source>
        <translation>Unit not found.</translation>
    </message>
    <message>
        <source>Kode layanan {service_code} tidak dikenal.</source>
        <translation>Unknown service code {service_code}.</translation>
    </message>
    <message>
        <source>Kode unit {unit_code} tidak dikenal.</source>
        <translation>Unknown unit code {unit_code}.</translation>
    </message>
    <message>
        <source>Tindak lanjut tidak ditemukan.</source>
        <translation>Follow-up not found.</translation>
    </message>
    <message>
        <source>Bersedia dihubungi lewat &amp;WhatsApp/SMS (pemberitahuan hasil, undangan forum)</source>
        <translation>Agrees to be contacted by &amp;WhatsApp/SMS (notice of results, forum invitations)</translation>
    </message>
    <message>
        <source>Bersedia di&amp;foto dalam Forum Konsultasi Publik</source>
        <translation>Agrees to be &amp;photographed at the Public Consultation Forum</translation>
    </message>
    <message>
        <source>Nama boleh dimuat dalam daftar hadir yang di&amp;publikasikan</source>
        <translation>Name may appear in the &amp;published attendance list</translation>
    </message>
    <message>
        <source>Baris pertama kop, mis. PEMERINTAH KABUPATEN BALANGAN</source>
        <translation>First line of the letterhead, e.g. PEMERINTAH KABUPATEN BALANGAN</translation>
    </message>
    <message>
        <source>Dipakai di nomor permohonan, mis. DKUKMTK</source>
        <translation>Used in request numbers, e.g. DKUKMTK</translation>
    </message>
    <message>
        <source>mis. (0526) 2028123</source>
        <translation>e.g. (0526) 2028123</translation>
    </message>
    <message>
        <source>Dengan gelar, mis. Drs. H. AHMAD FAUZI RAHMAN, M.Si.</source>
        <translation>With titles, e.g. Drs. H. AHMAD FAUZI RAHMAN, M.Si.</translation>
    </message>
    <message>
        <source>18 angka, mis. {example}</source>
        <translation>18 digits, e.g. {example}</translation>
    </message>
    <message>
        <source>mis. Pembina Utama Muda (IV/c)</source>
        <translation>e.g. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <source>Kosong: dibuat dari jabatan dan nama kantor. Baris baru dengan Enter.</source>
        <translation>Empty: made from the title and the office name. Enter starts a new line.</translation>
    </message>
    <message>
        <source>Tempat pada baris tanggal dokumen, mis. Batumandi</source>
        <translation>Place on the documents&apos; date line, e.g. Batumandi</translation>
    </message>
    <message>
        <source>mis. dkukmtk.balangankab.go.id</source>
        <translation>e.g. dkukmtk.balangankab.go.id</translation>
    </message>
    <message>
        <source>mis. 188.4/045/DKUKMTK/2025</source>
        <translation>e.g. 188.4/045/DKUKMTK/2025</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, mis. 02-01-2025</source>
        <translation>dd-mm-yyyy, e.g. 02-01-2025</translation>
    </message>
    <message>
        <source>dd-mm-yyyy, mis. 06-01-2025</source>
        <translation>dd-mm-yyyy, e.g. 06-01-2025</translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n hari lalu</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cadangan terakhir {when} ({ago}), lebih lama dari batas %n hari. Buat cadangan sekarang.</source>
        <translation>
            <numerusform>Last backup {when} ({ago}), older than the limit of %n day. Make a backup now.</numerusform>
            <numerusform>Last backup {when} ({ago}), older than the limit of %n days. Make a backup now.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verifikasi…</source>
        <translation>Ver&amp;ify…</translation>
    </message>
    <message>
        <source>&amp;Teruskan ke unit…</source>
        <translation>For&amp;ward to a unit…</translation>
    </message>
    <message>
        <source>Tin&amp;dak lanjut…</source>
        <translation>Follow &amp;up…</translation>
    </message>
    <message>
        <source>&amp;Selesai dan jawab…</source>
        <translation>Complete and an&amp;swer…</translation>
    </message>
    <message>
        <source>T&amp;olak…</source>
        <translation>R&amp;efuse…</translation>
    </message>
    <message>
        <source>Bukan ke&amp;wenangan…</source>
        <translation>&amp;Not ours…</translation>
    </message>
    <message>
        <source>Batas {stage}: {day}</source>
        <translation>{stage} due: {day}</translation>
    </message>
    <message>
        <source> — terlambat</source>
        <translation> — late</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Batas tahap ini</source>
        <translation>Due for this step</translation>
    </message>
    <message>
        <source> (terlambat)</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>Hari yang sama</source>
        <translation>Same day</translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ditentukan</source>
        <translation>Not set</translation>
    </message>
    <message numerus="yes">
        <source>%n responden (belum ada permohonan selesai tercatat)</source>
        <translation>
            <numerusform>%n respondent (no completed requests on record yet)</numerusform>
            <numerusform>%n respondents (no completed requests on record yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{respondents} dari %n responden</source>
        <translation>
            <numerusform>{respondents} of %n respondent</numerusform>
            <numerusform>{respondents} of %n respondents</numerusform>
        </translation>
    </message>
    <message>
        <source>Baris {row}, kolom {column}</source>
        <translation>Row {row}, column {column}</translation>
    </message>
    <message>
        <source>Baris {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>{count} masalah ditemukan; tidak ada yang diimpor. Perbaiki berkas lalu impor lagi.</source>
        <translation>{count} problems found; nothing was imported. Correct the file, then import again.</translation>
    </message>
    <message>
        <source>NIK harus berupa teks angka.</source>
        <translation>The NIK must be text of digits.</translation>
    </message>
    <message>
        <source>NIK belum diisi.</source>
        <translation>The NIK is not filled in.</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>The NIK may contain only digits.</translation>
    </message>
    <message>
        <source>NIK harus {length} angka (terisi {count}).</source>
        <translation>The NIK must be {length} digits ({count} typed).</translation>
    </message>
    <message>
        <source>Nomor urut NIK tidak boleh 0000.</source>
        <translation>The sequence number of a NIK cannot be 0000.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak valid.</source>
        <translation>The date of birth in the NIK is not valid.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak mungkin (di masa depan atau umur lebih dari 120 tahun).</source>
        <translation>The date of birth in the NIK is not possible (in the future or an age over 120 years).</translation>
    </message>
    <message>
        <source>Kode wilayah harus 6 angka, bukan &apos;{code}&apos;.</source>
        <translation>The region code must be 6 digits, not &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>Nomor urut NIK harus 1 sampai 9999.</source>
        <translation>The sequence number of a NIK must be 1 to 9999.</translation>
    </message>
    <message>
        <source>Zona waktu tidak dikenal: {name}.</source>
        <translation>Unknown time zone: {name}.</translation>
    </message>
    <message>
        <source>Nomor HP harus berupa teks angka.</source>
        <translation>The mobile number must be text of digits.</translation>
    </message>
    <message>
        <source>Nomor HP belum diisi.</source>
        <translation>The mobile number is not filled in.</translation>
    </message>
    <message>
        <source>Nomor HP hanya boleh berisi angka (boleh dengan +, spasi, tanda hubung atau kurung).</source>
        <translation>The mobile number may contain only digits (with +, spaces, hyphens or brackets allowed).</translation>
    </message>
    <message>
        <source>Hanya nomor HP Indonesia (+62) yang diterima.</source>
        <translation>Only Indonesian mobile numbers (+62) are accepted.</translation>
    </message>
    <message>
        <source>Nomor HP harus diawali 08, 628 atau +628.</source>
        <translation>The mobile number must start with 08, 628 or +628.</translation>
    </message>
    <message>
        <source>Nomor HP harus diawali 08, 628 atau +628. Nomor telepon rumah atau kantor tidak dapat dipakai.</source>
        <translation>The mobile number must start with 08, 628 or +628. A home or office telephone number cannot be used.</translation>
    </message>
    <message>
        <source>Nomor HP terlalu pendek.</source>
        <translation>The mobile number is too short.</translation>
    </message>
    <message>
        <source>Nomor HP terlalu panjang.</source>
        <translation>The mobile number is too long.</translation>
    </message>
    <message>
        <source>Nomor HP tidak valid: angka sesudah 08 tidak boleh 0.</source>
        <translation>The mobile number is not valid: the digit after 08 cannot be 0.</translation>
    </message>
    <message>
        <source>Biaya wajib diisi: tulis 0 atau Gratis bila tidak dipungut biaya.</source>
        <translation>The fee is required: write 0 or Free when no fee is charged.</translation>
    </message>
    <message>
        <source>Biaya harus berupa angka rupiah atau Gratis.</source>
        <translation>The fee must be an amount in rupiah or Free.</translation>
    </message>
    <message>
        <source>Biaya harus bilangan bulat rupiah (tanpa sen).</source>
        <translation>The fee must be a whole number of rupiah (no cents).</translation>
    </message>
    <message>
        <source>Biaya &apos;{value}&apos; tidak dapat dibaca: tulis angka rupiah (mis. 15000) atau Gratis.</source>
        <translation>The fee &apos;{value}&apos; cannot be read: write an amount in rupiah (e.g. 15000) or Free.</translation>
    </message>
    <message>
        <source>Biaya harus 0 (Gratis) atau lebih, dalam rupiah.</source>
        <translation>The fee must be 0 (Free) or more, in rupiah.</translation>
    </message>
    <message>
        <source>Jangka waktu tidak dapat dibaca.</source>
        <translation>The completion time cannot be read.</translation>
    </message>
    <message>
        <source>Jangka waktu harus bilangan bulat hari kerja (0 = hari yang sama).</source>
        <translation>The completion time must be a whole number of working days (0 = the same day).</translation>
    </message>
    <message>
        <source>Jangka waktu wajib diisi: jumlah hari kerja, atau 0 untuk hari yang sama.</source>
        <translation>The completion time is required: a number of working days, or 0 for the same day.</translation>
    </message>
    <message>
        <source>Jangka waktu &apos;{value}&apos; tidak dapat dibaca: tulis jumlah hari kerja (mis. 3) atau 0 untuk hari yang sama.</source>
        <translation>The completion time &apos;{value}&apos; cannot be read: write a number of working days (e.g. 3) or 0 for the same day.</translation>
    </message>
    <message>
        <source>Lama layanan dalam menit harus bilangan bulat.</source>
        <translation>The service time in minutes must be a whole number.</translation>
    </message>
    <message>
        <source>Lama layanan &apos;{value}&apos; tidak dapat dibaca: tulis jumlah menit (mis. 15).</source>
        <translation>The service time &apos;{value}&apos; cannot be read: write a number of minutes (e.g. 15).</translation>
    </message>
    <message>
        <source>Tanggal berlaku wajib diisi.</source>
        <translation>The effective date is required.</translation>
    </message>
    <message>
        <source>Nomor SK penetapan standar wajib diisi.</source>
        <translation>The number of the decree (SK) setting the standard is required.</translation>
    </message>
    <message>
        <source>Nomor SK terlalu panjang (maksimal {max_sk} huruf).</source>
        <translation>The decree (SK) number is too long (at most {max_sk} characters).</translation>
    </message>
    <message>
        <source>Biaya harus bilangan bulat rupiah, 0 (Gratis) atau lebih.</source>
        <translation>The fee must be a whole number of rupiah, 0 (Free) or more.</translation>
    </message>
    <message>
        <source>Tanggal &apos;{text}&apos; tidak dapat dibaca: tulis seperti 29-10-2025.</source>
        <translation>The date &apos;{text}&apos; cannot be read: write it like 29-10-2025.</translation>
    </message>
    <message>
        <source>Minimal satu hari dalam seminggu harus hari kerja.</source>
        <translation>At least one day of the week must be a working day.</translation>
    </message>
    <message>
        <source>Jumlah hari kerja tidak boleh negatif.</source>
        <translation>The number of working days cannot be negative.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan berkas CSV atau Excel (.xlsx). Simpan daftarnya dari Excel sebagai &quot;CSV UTF-8&quot; atau &quot;Excel Workbook (.xlsx)&quot;, lalu impor lagi.</source>
        <translation>The file {name} is not a CSV or Excel (.xlsx) file. Save the list from Excel as &quot;CSV UTF-8&quot; or &quot;Excel Workbook (.xlsx)&quot;, then import again.</translation>
    </message>
    <message>
        <source>Berkas ini bukan berkas CSV atau Excel (.xlsx). Simpan daftarnya dari Excel sebagai &quot;CSV UTF-8&quot; atau &quot;Excel Workbook (.xlsx)&quot;, lalu impor lagi.</source>
        <translation>This file is not a CSV or Excel (.xlsx) file. Save the list from Excel as &quot;CSV UTF-8&quot; or &quot;Excel Workbook (.xlsx)&quot;, then import again.</translation>
    </message>
    <message>
        <source>Berkas Excel tidak dapat dibuka (rusak atau bukan .xlsx).</source>
        <translation>The Excel file cannot be opened (damaged or not .xlsx).</translation>
    </message>
    <message>
        <source>Berkas JSON terlalu besar (lebih dari {size} MB) untuk diimpor.</source>
        <translation>The JSON file is too large (more than {size} MB) to import.</translation>
    </message>
    <message>
        <source>Berkas JSON tidak dapat dibaca: isinya bukan teks UTF-8.</source>
        <translation>The JSON file cannot be read: its content is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Berkas JSON tidak dapat dibaca: bersarang terlalu dalam (lebih dari {depth} tingkat). Berkas ini bukan ekspor Desk.</source>
        <translation>The JSON file cannot be read: it is nested too deeply (more than {depth} levels). This file is not a Desk export.</translation>
    </message>
    <message>
        <source>Berkas JSON tidak dapat dibaca: penulisannya salah di baris {line}, kolom {column}.</source>
        <translation>The JSON file cannot be read: it is written wrongly at line {line}, column {column}.</translation>
    </message>
    <message>
        <source>Berkas JSON tidak dapat dibaca: bersarang terlalu dalam.</source>
        <translation>The JSON file cannot be read: it is nested too deeply.</translation>
    </message>
    <message>
        <source>formulir</source>
        <translation>forms</translation>
    </message>
    <message>
        <source>Baris {row}: kolom {columns} tidak ditemukan. Pakai templat SKM yang dibuat Desk tanpa mengubah judul kolom.</source>
        <translation>Row {row}: column {columns} not found. Use the SKM template made by Desk without changing the column headings.</translation>
    </message>
    <message>
        <source>Jenis berkas tidak didukung: pakai .json atau .xlsx.</source>
        <translation>This kind of file is not supported: use .json or .xlsx.</translation>
    </message>
    <message>
        <source>layanan</source>
        <translation>services</translation>
    </message>
    <message>
        <source>Lembar kerja kosong.</source>
        <translation>The worksheet is empty.</translation>
    </message>
    <message>
        <source>Kolom &apos;{heading}&apos; tidak ada. Tambahkan kolom ini (lihat lembar Petunjuk).</source>
        <translation>The column &apos;{heading}&apos; is missing. Add this column (see the Petunjuk sheet).</translation>
    </message>
    <message>
        <source>Kolom &apos;Kode Bidang&apos; dan &apos;Nama Bidang&apos; wajib ada.</source>
        <translation>The columns &apos;Kode Bidang&apos; and &apos;Nama Bidang&apos; are required.</translation>
    </message>
    <message>
        <source>Berkas JSON ini bukan ekspor standar pelayanan Desk.</source>
        <translation>This JSON file is not a Desk export of service standards.</translation>
    </message>
    <message>
        <source>Berkas JSON rusak: &apos;format_version&apos; harus bilangan bulat.</source>
        <translation>The JSON file is damaged: &apos;format_version&apos; must be a whole number.</translation>
    </message>
    <message>
        <source>Berkas dibuat oleh Desk yang lebih baru; perbarui Desk lalu impor lagi.</source>
        <translation>The file was made by a newer Desk; update Desk, then import again.</translation>
    </message>
    <message>
        <source>Berkas JSON rusak: &apos;units&apos; dan &apos;services&apos; harus berupa daftar.</source>
        <translation>The JSON file is damaged: &apos;units&apos; and &apos;services&apos; must be lists.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar: paling banyak {limit} layanan.</source>
        <translation>The file is too large: at most {limit} services.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulis: {reason}.</source>
        <translation>The file {path} cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Berkas Excel terlalu besar untuk diimpor (isinya lebih dari {size} MB).</source>
        <translation>The Excel file is too large to import (its content is more than {size} MB).</translation>
    </message>
    <message>
        <source>Buku kerja Excel ini tidak mempunyai lembar kerja.</source>
        <translation>This Excel workbook has no worksheet.</translation>
    </message>
    <message>
        <source>Berkas basis data {path} hanya-baca: Desk tidak bisa menyimpan permohonan. Minta pengelola komputer memberi izin tulis pada berkas itu.</source>
        <translation>The database file {path} is read-only: Desk cannot save requests. Ask the computer&apos;s administrator to allow writing to that file.</translation>
    </message>
    <message>
        <source>Desk perlu memperbarui skema basis data, tetapi cadangan pengaman sebelum pembaruan gagal dibuat: {reason} Basis data tidak diubah.</source>
        <translation>Desk needs to update the database schema, but the safety backup before the update could not be made: {reason} The database was not changed.</translation>
    </message>
    <message>
        <source>Komputer ini tidak punya kunci jejak audit yang dipakai basis data kantor (berkas {file} di folder data {folder}). Salin berkas {file} dari folder data loket yang lain ke folder itu, lalu buka Desk lagi. Tanpa kunci itu Desk di komputer ini tidak dapat mencatat jejak audit.</source>
        <translation>This computer does not have the audit trail key the office database uses (the file {file} in the data folder {folder}). Copy the file {file} from the data folder of another counter into that folder, then open Desk again. Without that key Desk on this computer cannot record the audit trail.</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Jam komputer ini menunjukkan {now}, lebih awal daripada catatan terakhir di basis data ({newest}). Dengan jam ini nomor dan tanggal permohonan akan salah. Betulkan tanggal dan jam komputer (atau minta bantuan pengelola komputer), lalu coba lagi.</source>
        <translation>This computer&apos;s clock shows {now}, earlier than the last record in the database ({newest}). With this clock request numbers and dates will be wrong. Correct the computer&apos;s date and time (or ask the computer&apos;s administrator for help), then try again.</translation>
    </message>
    <message>
        <source>Jam komputer ini menunjukkan {now}, lebih dari {days} hari sesudah catatan terakhir di basis data ({newest}). Periksa tanggal dan jam komputer. Bila tanggal itu memang benar (Desk lama tidak dipakai), konfirmasikan saat Desk dibuka.</source>
        <translation>This computer&apos;s clock shows {now}, more than {days} days after the last record in the database ({newest}). Check the computer&apos;s date and time. If that date is right (Desk was not used for a while), confirm it when Desk opens.</translation>
    </message>
    <message>
        <source>Berkas &quot;{name}&quot; kosong (0 bait). Pilih berkas hasil pindaian atau foto yang benar.</source>
        <translation>The file &quot;{name}&quot; is empty (0 bytes). Choose the right scan or photo file.</translation>
    </message>
    <message>
        <source>Berkas &quot;{name}&quot; terlalu besar ({size} MB); paling besar {limit} MB. Pindai ulang dengan resolusi lebih kecil (150 dpi cukup) atau kecilkan fotonya.</source>
        <translation>The file &quot;{name}&quot; is too large ({size} MB); at most {limit} MB. Scan again at a lower resolution (150 dpi is enough) or make the photo smaller.</translation>
    </message>
    <message>
        <source>Berkas &quot;{name}&quot; bukan gambar (PNG atau JPEG) atau PDF, walau namanya mungkin berakhiran demikian. Simpan ulang sebagai PDF atau foto JPEG, lalu lampirkan lagi.</source>
        <translation>The file &quot;{name}&quot; is not an image (PNG or JPEG) or a PDF, even if its name may end like one. Save it again as a PDF or a JPEG photo, then attach it again.</translation>
    </message>
    <message>
        <source>Berkas &quot;{name}&quot; {problem}</source>
        <translation>The file &quot;{name}&quot; {problem}</translation>
    </message>
    <message>
        <source>rusak atau tidak lengkap ({kind} tidak dapat dibuka sampai akhir). Salin atau pindai ulang berkasnya, lalu lampirkan lagi.</source>
        <translation>is damaged or incomplete (the {kind} cannot be opened to the end). Copy or scan the file again, then attach it again.</translation>
    </message>
    <message>
        <source>berukuran terlalu besar (lebih dari 80 megapiksel). Kecilkan fotonya.</source>
        <translation>is too large (more than 80 megapixels). Make the photo smaller.</translation>
    </message>
    <message>
        <source>gambar</source>
        <translation>image</translation>
    </message>
    <message>
        <source>dikunci dengan kata sandi. Simpan ulang tanpa kata sandi, lalu lampirkan lagi.</source>
        <translation>is locked with a password. Save it again without a password, then attach it again.</translation>
    </message>
    <message>
        <source>Desk versi {version} atau yang lebih baru</source>
        <translation>Desk version {version} or newer</translation>
    </message>
    <message>
        <source>Desk versi yang lebih baru</source>
        <translation>a newer version of Desk</translation>
    </message>
    <message>
        <source>Basis data ini dibuat oleh versi Desk yang lebih baru (revisi skema {revisions}); Desk ini versi {version}. Pasang {needed} untuk membukanya. Basis data tidak diubah.</source>
        <translation>This database was made by a newer version of Desk (schema revision {revisions}); this Desk is version {version}. Install {needed} to open it. The database was not changed.</translation>
    </message>
    <message>
        <source> Cadangan pengaman sebelum pembaruan: {path}.</source>
        <translation> Safety backup made before the update: {path}.</translation>
    </message>
    <message>
        <source>Pembaruan skema basis data gagal ({reason}) dan dibatalkan seluruhnya: basis data tetap seperti sebelumnya, tidak ada data yang hilang.{kept} Laporkan pesan ini kepada pengelola Desk.</source>
        <translation>The database schema update failed ({reason}) and was rolled back entirely: the database is as it was before and no data was lost.{kept} Report this message to Desk&apos;s administrator.</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Pilih berkas Excel (.xlsx) atau CSV (.csv).</source>
        <translation>Choose an Excel (.xlsx) or CSV (.csv) file.</translation>
    </message>
    <message>
        <source>Pemohon ini masih mempunyai permohonan {ref} untuk layanan yang sama (status {status}). Buka permohonan itu, atau simpan permohonan baru bila memang kebutuhan yang lain.</source>
        <translation>This applicant still has request {ref} for the same service (status {status}). Open that request, or save a new request if it is really a different need.</translation>
    </message>
    <message>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Tanda terima asli.</source>
        <translation>A genuine receipt.</translation>
    </message>
    <message>
        <source>Kode pemeriksa tidak cocok: tanda terima mungkin dipalsukan.</source>
        <translation>The check code does not match: the receipt may be forged.</translation>
    </message>
    <message>
        <source>Teks bukan kode tanda terima Desk.</source>
        <translation>The text is not a Desk receipt code.</translation>
    </message>
    <message>
        <source>Kode tanda terima Desk tidak lengkap atau rusak: pindai ulang atau periksa nomornya di register.</source>
        <translation>The Desk receipt code is incomplete or damaged: scan it again or look its number up in the register.</translation>
    </message>
    <message>
        <source>Nomor {ref} terbaca, tetapi tanpa kode pemeriksa sehingga keasliannya tidak dapat diverifikasi. Cocokkan dengan register pelayanan.</source>
        <translation>The number {ref} was read, but without a check code its authenticity cannot be verified. Compare it with the service register.</translation>
    </message>
    <message>
        <source>Baris ini tidak dapat dibaca: isinya terlalu panjang, atau tanda petik (&quot;) tidak ditutup.</source>
        <translation>This row cannot be read: its content is too long, or a quotation mark (&quot;) is not closed.</translation>
    </message>
    <message>
        <source>Kode register pengaduan wajib diisi (mis. PGD).</source>
        <translation>The complaint register code is required (e.g. PGD).</translation>
    </message>
    <message>
        <source>Kode register hanya huruf, angka, titik atau tanda hubung (maksimal {max_code}).</source>
        <translation>A register code holds only letters, digits, dots or hyphens (at most {max_code}).</translation>
    </message>
    <message>
        <source>Batas waktu untuk jenis {kind} belum diisi.</source>
        <translation>The time limit for the kind {kind} is not filled in.</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>Ditanggapi</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>Masih berjalan</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Tahun {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>{period}: {received} diterima, {responded} ditanggapi ({responded_on_time} tepat waktu, {responded_late} terlambat; {share} tepat waktu), {completed} selesai, {rejected} ditolak, {not_ours} bukan kewenangan, {still_open} masih berjalan ({overdue} melewati batas waktu).</source>
        <translation>{period}: {received} received, {responded} responded to ({responded_on_time} on time, {responded_late} late; {share} on time), {completed} completed, {rejected} refused, {not_ours} not ours, {still_open} still open ({overdue} past the deadline).</translation>
    </message>
    <message>
        <source>PostgreSQL (server kantor): pemeriksaan berkas tidak berlaku</source>
        <translation>PostgreSQL (office server): the file check does not apply</translation>
    </message>
    <message>
        <source>disk lokal ({folder})</source>
        <translation>local disk ({folder})</translation>
    </message>
    <message>
        <source>TAMBAH</source>
        <translation>ADD</translation>
    </message>
    <message>
        <source>UBAH NAMA</source>
        <translation>RENAME</translation>
    </message>
    <message>
        <source>TETAP</source>
        <translation>UNCHANGED</translation>
    </message>
    <message>
        <source>DILEWATI</source>
        <translation>SKIPPED</translation>
    </message>
    <message>
        <source>baris {line}: {what}: {status}</source>
        <translation>row {line}: {what}: {status}</translation>
    </message>
    <message>
        <source>DASAR_HUKUM</source>
        <translation>LEGAL_BASIS</translation>
    </message>
    <message>
        <source>POLA</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>NOMOR_FORUM</source>
        <translation>FORUM_NUMBER</translation>
    </message>
    <message>
        <source>BERKAS.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>tampilkan versi Desk lalu keluar</source>
        <translation>show Desk&apos;s version and exit</translation>
    </message>
    <message>
        <source>perintah dihentikan (Ctrl+C); yang sudah tersimpan tetap tersimpan.</source>
        <translation>the command was stopped (Ctrl+C); what was already saved stays saved.</translation>
    </message>
    <message>
        <source>TINDAKAN</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>TTTT-BB-HH</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>sejak tanggal (TTTT-BB-HH)</source>
        <translation>since the date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Jejak audit masih kosong: belum ada entri.</source>
        <translation>The audit trail is still empty: no entries yet.</translation>
    </message>
    <message numerus="yes">
        <source>Rantai audit utuh: %n entri diperiksa.</source>
        <translation>
            <numerusform>The audit chain is whole: %n entry checked.</numerusform>
            <numerusform>The audit chain is whole: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; cocok dengan %n saksi (cadangan dan rekap tercetak).</source>
        <translation>
            <numerusform>; it matches %n witness (backups and printed recaps).</numerusform>
            <numerusform>; it matches %n witnesses (backups and printed recaps).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cadangan yang dibuat Desk sebelum ini masih memuat data lama sampai terhapus oleh rotasi:</source>
        <translation>
            <numerusform>%n backup Desk made before this still holds the old data until rotation deletes it:</numerusform>
            <numerusform>%n backups Desk made before this still hold the old data until rotation deletes them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cadangan otomatis, yang terakhir terhapus paling lambat {day} (bila Desk dipakai dan dicadangkan setiap hari).</source>
        <translation>
            <numerusform>%n automatic backup, deleted by {day} at the latest (when Desk is used and backed up every day).</numerusform>
            <numerusform>%n automatic backups, the last deleted by {day} at the latest (when Desk is used and backed up every day).</numerusform>
        </translation>
    </message>
    <message>
        <source>disimpan {kept}.</source>
        <translation>kept {kept}.</translation>
    </message>
    <message>
        <source>Salinan di luar folder cadangan Desk (mis. disalin tangan) tidak terjangkau Desk; hapus sendiri bila ada.</source>
        <translation>Copies outside Desk&apos;s backup folders (e.g. copied by hand) are out of Desk&apos;s reach; delete them yourself if there are any.</translation>
    </message>
    <message>
        <source>tulis register (dan rekap periode) ke BERKAS.xlsx</source>
        <translation>write the register (and the period&apos;s recap) to FILE.xlsx</translation>
    </message>
    <message>
        <source>BERKAS.xlsx</source>
        <translation>FILE.xlsx</translation>
    </message>
    <message>
        <source>Menambah permohonan contoh yang realistis (NIK, nama, alamat Balangan, layanan, status) ke basis data. Jangan dijalankan pada basis data kantor yang sebenarnya.</source>
        <translation>Adds realistic sample requests (NIK, name, Balangan address, service, status) to the database. Never run it on an office&apos;s real database.</translation>
    </message>
    <message>
        <source>register pelayanan (sesuai saringan) ke BERKAS.xlsx atau BERKAS.csv</source>
        <translation>the service register (as filtered) to FILE.xlsx or FILE.csv</translation>
    </message>
    <message>
        <source>BERKAS.xlsx|BERKAS.csv</source>
        <translation>FILE.xlsx|FILE.csv</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; bukan bilangan bulat (tulis mis. 10)</source>
        <translation>&apos;{text}&apos; is not a whole number (write e.g. 10)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; bukan angka (tulis mis. 2 atau 2,5)</source>
        <translation>&apos;{text}&apos; is not a number (write e.g. 2 or 2.5)</translation>
    </message>
    <message>
        <source>Profil kantor belum lengkap untuk cetak resmi: {fields}.</source>
        <translation>The office profile is not complete enough for official printing: {fields}.</translation>
    </message>
    <message>
        <source>BERKAS.pdf|BERKAS.xlsx</source>
        <translation>FILE.pdf|FILE.xlsx</translation>
    </message>
    <message>
        <source>Seluruh kantor</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <source>tulis semua standar ke BERKAS.json (lengkap) atau BERKAS.xlsx (templat)</source>
        <translation>write every standard to FILE.json (complete) or FILE.xlsx (template)</translation>
    </message>
    <message>
        <source>BERKAS.json|BERKAS.xlsx</source>
        <translation>FILE.json|FILE.xlsx</translation>
    </message>
    <message>
        <source>impor standar dari BERKAS.json atau BERKAS.xlsx (semua atau tidak sama sekali)</source>
        <translation>import standards from FILE.json or FILE.xlsx (all or nothing)</translation>
    </message>
    <message>
        <source>Bidang baru (akan dibuat): {names}</source>
        <translation>New units (to be created): {names}</translation>
    </message>
    <message>
        <source>Bidang baru (telah dibuat): {names}</source>
        <translation>New units (created): {names}</translation>
    </message>
    <message>
        <source>Layanan baru (akan dibuat): {names}</source>
        <translation>New services (to be created): {names}</translation>
    </message>
    <message>
        <source>Layanan baru (telah dibuat): {names}</source>
        <translation>New services (created): {names}</translation>
    </message>
    <message>
        <source>Nama layanan diubah: {names}</source>
        <translation>Services renamed: {names}</translation>
    </message>
    <message>
        <source>Versi standar baru: {versions}</source>
        <translation>New standard versions: {versions}</translation>
    </message>
    <message>
        <source>{code} versi {n}</source>
        <translation>{code} version {n}</translation>
    </message>
    <message>
        <source>Forum baru (akan dibuat): {names}</source>
        <translation>New forums (to be created): {names}</translation>
    </message>
    <message>
        <source>Forum baru (telah dibuat): {names}</source>
        <translation>New forums (created): {names}</translation>
    </message>
    <message>
        <source>Tidak berubah: {names}</source>
        <translation>Unchanged: {names}</translation>
    </message>
    <message>
        <source>Dilewati (komponen belum diisi): {names}</source>
        <translation>Skipped (components not filled in yet): {names}</translation>
    </message>
    <message>
        <source>Tidak ada perubahan: isi berkas sudah sama dengan standar di Desk.</source>
        <translation>No changes: the file&apos;s content is already the same as the standards in Desk.</translation>
    </message>
    <message>
        <source>KODE_LAYANAN</source>
        <translation>SERVICE_CODE</translation>
    </message>
    <message>
        <source>sampai ada {more} cadangan {kind} lagi yang lebih baru</source>
        <translation>until there are {more} newer {kind} backups</translation>
    </message>
    <message>
        <source>lebih dari setahun lagi</source>
        <translation>more than a year from now</translation>
    </message>
    <message>
        <source>{first} s.d. {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Nomor registrasi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Buang isian?</source>
        <translation>Discard the input?</translation>
    </message>
    <message>
        <source>Buang isian</source>
        <translation>Discard the input</translation>
    </message>
    <message>
        <source>Lanjutkan mengisi</source>
        <translation>Continue filling in</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Cari: nomor, nama pengguna, NIK tersamar…</source>
        <translation>Search: number, user name, masked NIK…</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Muat &amp;lebih banyak</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <source>&amp;Periksa keutuhan rantai audit</source>
        <translation>&amp;Check the audit chain is intact</translation>
    </message>
    <message>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Masuk: gagal dan terkunci</source>
        <translation>Log-in: failed and locked</translation>
    </message>
    <message>
        <source>Semua tindakan atas pengguna</source>
        <translation>All actions on users</translation>
    </message>
    <message>
        <source>Semua permintaan subjek data</source>
        <translation>All data-subject requests</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>{n} entri ditampilkan.</source>
        <translation>{n} entries shown.</translation>
    </message>
    <message>
        <source>Pengguna: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>Tindakan: {action}</source>
        <translation>Action: {action}</translation>
    </message>
    <message>
        <source>Data: {record}</source>
        <translation>Record: {record}</translation>
    </message>
    <message>
        <source>Data pribadi dalam entri ini sudah dianonimkan oleh retensi.</source>
        <translation>The personal data in this entry has been anonymised by retention.</translation>
    </message>
    <message>
        <source>Jejak audit tidak utuh</source>
        <translation>The audit trail is not intact</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Cadangan basis data</source>
        <translation>Database backup</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BackupGuard</name>
    <message>
        <source>Memeriksa basis data…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Mencadangkan basis data…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Cadangan otomatis gagal: {e}</source>
        <translation>Automatic backup failed: {e}</translation>
    </message>
    <message>
        <source>Belum ada cadangan basis data</source>
        <translation>No database backup yet</translation>
    </message>
    <message numerus="yes">
        <source>Cadangan terakhir %n hari lalu</source>
        <translation>
            <numerusform>Last backup %n day ago</numerusform>
            <numerusform>Last backup %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <source>kemarin</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>Cadangan: {when} pukul {clock}</source>
        <translation>Backup: {when} at {clock}</translation>
    </message>
    <message>
        <source>Mencadangkan basis data sebelum Desk ditutup…
Jangan matikan komputer.</source>
        <translation>Backing up the database before Desk closes…
Do not switch off the computer.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Basis data ada di server PostgreSQL kantor: cadangannya dibuat di server (pg_dump atau cadangan server), bukan oleh loket ini.</source>
        <translation>The database is on the office&apos;s PostgreSQL server: its backups are made on the server (pg_dump or the server&apos;s backups), not by this counter.</translation>
    </message>
    <message>
        <source>Pengaturan cadangan di komputer ini</source>
        <translation>Backup settings on this computer</translation>
    </message>
    <message>
        <source>Folder cadangan utama:</source>
        <translation>Main backup folder:</translation>
    </message>
    <message>
        <source>tidak ada (disarankan: flashdisk atau disk kedua)</source>
        <translation>none (recommended: a USB stick or a second disk)</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Folder cadangan &amp;kedua:</source>
        <translation>&amp;Second backup folder:</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Peringatkan bila cadangan terakhir lebih tua dari:</source>
        <translation>&amp;Warn when the last backup is older than:</translation>
    </message>
    <message>
        <source>&amp;Simpan pengaturan</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>P&amp;ulihkan…</source>
        <translation>Re&amp;store…</translation>
    </message>
    <message>
        <source>Hanya admin yang boleh membuat atau memulihkan cadangan.</source>
        <translation>Only an admin may make or restore backups.</translation>
    </message>
    <message>
        <source>Cadangan otomatis tetap dibuat setiap hari dan saat Desk ditutup. Membuat atau memulihkan cadangan dengan tangan hanya boleh dilakukan admin.</source>
        <translation>Automatic backups are still made every day and when Desk closes. Making or restoring a backup by hand is for an admin only.</translation>
    </message>
    <message>
        <source>Cadangan terakhir: {m}</source>
        <translation>Last backup: {m}</translation>
    </message>
    <message>
        <source>Pilih folder cadangan kedua</source>
        <translation>Choose the second backup folder</translation>
    </message>
    <message>
        <source>Folder {f} tidak ada. Pasang flashdisk-nya atau pilih folder lain.</source>
        <translation>The folder {f} does not exist. Plug in its USB stick or choose another folder.</translation>
    </message>
    <message>
        <source>Mencadangkan basis data…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Cadangan dibuat dan diperiksa:
{where}</source>
        <translation>Backup made and checked:
{where}</translation>
    </message>
    <message>
        <source>Cadangan gagal: {e}</source>
        <translation>Backup failed: {e}</translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation>Restoring failed</translation>
    </message>
    <message>
        <source>Basis data tidak diganti.</source>
        <translation>The database was not replaced.</translation>
    </message>
    <message>
        <source>Pemulihan selesai</source>
        <translation>Restoring done</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari {name}.
Basis data sebelumnya disimpan sebagai cadangan pengaman:
{kept}

Desk dimulai ulang agar semua layar memuat data hasil pemulihan.</source>
        <translation>Database restored from {name}.
The previous database is kept as a safety backup:
{kept}

Desk restarts so that every screen loads the restored data.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Ganti kata sandi akun {user}.</source>
        <translation>Change the password of account {user}.</translation>
    </message>
    <message>
        <source>Kata sandi &amp;lama:</source>
        <translation>&amp;Old password:</translation>
    </message>
</context>
<context>
    <name>CheckReceiptDialog</name>
    <message>
        <source>Cek tanda terima</source>
        <translation>Check a receipt</translation>
    </message>
    <message>
        <source>Pindai kode QR atau ketik nomor pendaftaran, lalu Enter</source>
        <translation>Scan the QR code or type the registration number, then Enter</translation>
    </message>
    <message>
        <source>Belum ada yang diperiksa.</source>
        <translation>Nothing checked yet.</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Isi kode QR atau nomor pendaftaran:</source>
        <translation>The QR code&apos;s content or the registration number:</translation>
    </message>
    <message>
        <source>TIDAK DITEMUKAN</source>
        <translation>NOT FOUND</translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <source>Permohonan {ref} dibuka di register.</source>
        <translation>Request {ref} opened in the register.</translation>
    </message>
    <message>
        <source>PERIKSA: {message}</source>
        <translation>CHECK: {message}</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source> (tidak wajib)</source>
        <translation> (not required)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Selesai: {ref}</source>
        <translation>Completed: {ref}</translation>
    </message>
    <message>
        <source>Permohonan &lt;b&gt;{ref}&lt;/b&gt; ({service}) ditandai &lt;b&gt;Selesai&lt;/b&gt;: hasilnya diserahkan dan permohonan ditutup. Sesudah itu statusnya tidak dapat diubah lagi; hanya admin yang dapat membukanya kembali dengan alasan.</source>
        <translation>Request &lt;b&gt;{ref}&lt;/b&gt; ({service}) is marked &lt;b&gt;Completed&lt;/b&gt;: its result is handed over and the request is closed. After that its status cannot change any more; only an admin can reopen it, giving a reason.</translation>
    </message>
    <message>
        <source>&amp;Pemohon sendiri ({name})</source>
        <translation>The &amp;visitor ({name})</translation>
    </message>
    <message>
        <source>&amp;Kuasa atau wakil:</source>
        <translation>&amp;Proxy or representative:</translation>
    </message>
    <message>
        <source>nama yang mengambil, sesuai KTP-nya</source>
        <translation>name of whoever collects it, as on their ID card</translation>
    </message>
    <message>
        <source>Hasil diambil oleh</source>
        <translation>Result collected by</translation>
    </message>
    <message>
        <source>bila ada, mis. nomor kartu AK/I atau nomor sertifikat</source>
        <translation>if any, e.g. the AK/I card number or the certificate number</translation>
    </message>
    <message>
        <source>&amp;Nomor produk</source>
        <translation>Product &amp;number</translation>
    </message>
    <message>
        <source>&lt;b&gt;Berkas wajib belum lengkap:&lt;/b&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Required documents not complete:&lt;/b&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Sebagai admin Anda dapat tetap menyelesaikannya. Tulis &amp;alasannya (dicatat pada riwayat):</source>
        <translation>As an admin you may complete it anyway. Write the &amp;reason (recorded in the history):</translation>
    </message>
    <message>
        <source>Centang dahulu berkas yang sudah diterima di &lt;b&gt;Berkas persyaratan&lt;/b&gt;. Bila berkas memang tidak diperlukan, minta admin menyelesaikannya.</source>
        <translation>First tick the documents received under &lt;b&gt;Required documents&lt;/b&gt;. If a document really is not needed, ask an admin to complete the request.</translation>
    </message>
    <message>
        <source>Ctrl+Enter menyelesaikan.</source>
        <translation>Ctrl+Enter completes.</translation>
    </message>
    <message>
        <source>&amp;Selesaikan permohonan</source>
        <translation>&amp;Complete the request</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Bandingkan versi — {code}</source>
        <translation>Compare versions — {code}</translation>
    </message>
    <message>
        <source>Versi lama:</source>
        <translation>Old version:</translation>
    </message>
    <message>
        <source>dibandingkan dengan:</source>
        <translation>compared with:</translation>
    </message>
    <message>
        <source>Tampilkan juga baris yang tidak berubah</source>
        <translation>Also show the rows that did not change</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;p&gt;Layanan ini belum mempunyai standar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This service has no standard yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pilih dua versi yang berbeda.</source>
        <translation>Choose two different versions.</translation>
    </message>
    <message>
        <source>tanggal berlaku {a} → {b}</source>
        <translation>effective date {a} → {b}</translation>
    </message>
    <message>
        <source>SK {a} → {b}</source>
        <translation>Decree {a} → {b}</translation>
    </message>
    <message>
        <source>forum {a} → {b}</source>
        <translation>forum {a} → {b}</translation>
    </message>
    <message>
        <source>Versi {a} → versi {b}</source>
        <translation>Version {a} → version {b}</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>Tampilkan &amp;kontak</source>
        <translation>Show &amp;contact</translation>
    </message>
    <message>
        <source>Cetak tanda te&amp;rima…</source>
        <translation>Print recei&amp;pt…</translation>
    </message>
    <message>
        <source>Cetak &amp;jawaban…</source>
        <translation>Print rep&amp;ly…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Riwayat&lt;/b&gt;</source>
        <translation>&lt;b&gt;History&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lampiran&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attachments&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tambah la&amp;mpiran…</source>
        <translation>Add attach&amp;ment…</translation>
    </message>
    <message>
        <source>Simpan lampiran…</source>
        <translation>Save attachment…</translation>
    </message>
    <message>
        <source>Pilih pengaduan di daftar.</source>
        <translation>Choose a complaint in the list.</translation>
    </message>
    <message>
        <source> (disamarkan)</source>
        <translation> (masked)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Dihubungi</source>
        <translation>May be contacted</translation>
    </message>
    <message>
        <source>bersedia</source>
        <translation>agrees</translation>
    </message>
    <message>
        <source>tidak bersedia</source>
        <translation>does not agree</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>verifikasi {verify} · tanggapan {respond} · selesai {complete}</source>
        <translation>verification {verify} · response {respond} · completion {complete}</translation>
    </message>
    <message>
        <source>(isi dihapus pada masa retensi)</source>
        <translation>(content erased in the retention period)</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Cari nomor, Tracking ID, perihal atau nama pelapor…  (Ctrl+F)</source>
        <translation>Search number, Tracking ID, subject or reporter&apos;s name…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Masih berjalan</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Pengaduan bar&amp;u…</source>
        <translation>Ne&amp;w complaint…</translation>
    </message>
    <message>
        <source>R&amp;ekap…</source>
        <translation>S&amp;ummary…</translation>
    </message>
    <message>
        <source>Pen&amp;gaturan…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>{shown} ditampilkan · {open} masih berjalan · {late} terlambat</source>
        <translation>{shown} shown · {open} still open · {late} late</translation>
    </message>
    <message>
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Tanda terima pengaduan</source>
        <translation>Complaint receipt</translation>
    </message>
    <message>
        <source>Jawaban pengaduan</source>
        <translation>Complaint reply</translation>
    </message>
    <message>
        <source>Lampirkan pindaian atau foto</source>
        <translation>Attach a scan or a photo</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca: {why}</source>
        <translation>The file {name} cannot be read: {why}</translation>
    </message>
    <message>
        <source>Lampiran tidak disimpan. {why}</source>
        <translation>Attachment not saved. {why}</translation>
    </message>
    <message>
        <source>Lampiran tidak disimpan</source>
        <translation>Attachment not saved</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Simpan lampiran</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulis: {why}</source>
        <translation>The file {path} cannot be written: {why}</translation>
    </message>
    <message>
        <source>Kontak pelapor</source>
        <translation>Reporter&apos;s contact</translation>
    </message>
    <message>
        <source>Nomor HP: {phone}</source>
        <translation>Mobile number: {phone}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <source>Kontak pelapor {number}</source>
        <translation>Contact of reporter {number}</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Pelindungan data pribadi</source>
        <translation>Personal data protection</translation>
    </message>
    <message>
        <source>Tanyakan kepada pemohon; centang hanya bila ia setuju:</source>
        <translation>Ask the visitor; tick only if they agree:</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Perbaiki data</source>
        <translation>Correct the data</translation>
    </message>
    <message>
        <source>Isi hanya yang diperbaiki. Nilai sekarang tampak samar di tiap kolom.</source>
        <translation>Fill in only what is corrected. The current values show faintly in each field.</translation>
    </message>
    <message>
        <source>&amp;Simpan perbaikan</source>
        <translation>&amp;Save the correction</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Koreksi data {ref}</source>
        <translation>Correct the data of {ref}</translation>
    </message>
    <message>
        <source>kabupaten ini</source>
        <translation>this regency</translation>
    </message>
    <message>
        <source>Data pemohon berlaku untuk semua permohonannya. Setiap koreksi dicatat pada riwayat permohonan dan jejak audit (nilai lama dan baru).</source>
        <translation>A visitor&apos;s data applies to all their requests. Every correction is recorded in the request&apos;s history and the audit trail (old and new values).</translation>
    </message>
    <message>
        <source>Luar {regency}</source>
        <translation>Outside {regency}</translation>
    </message>
    <message>
        <source>Hanya layanan bidang {unit}. Untuk layanan bidang lain, batalkan permohonan ini lalu catat permohonan baru.</source>
        <translation>Only services of the {unit} unit. For a service of another unit, cancel this request and record a new one.</translation>
    </message>
    <message>
        <source>Layanan tidak dapat diganti lagi (status bukan Diterima). Bila salah layanan, batalkan permohonan ini lalu catat permohonan baru.</source>
        <translation>The service can no longer be changed (the status is not Received). If the service is wrong, cancel this request and record a new one.</translation>
    </message>
    <message>
        <source>N&amp;ama</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>&amp;Jenis kelamin</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>Nomor &amp;HP</source>
        <translation>&amp;Mobile number</translation>
    </message>
    <message>
        <source>A&amp;lamat</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>&amp;Kecamatan / desa</source>
        <translation>&amp;District / village</translation>
    </message>
    <message>
        <source>&amp;Organisasi</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Jenis organ&amp;isasi</source>
        <translation>Organ&amp;isation type</translation>
    </message>
    <message>
        <source>La&amp;yanan</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <source>&amp;Cara masuk</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Ca&amp;tatan</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Simpan koreksi (Ctrl+S)</source>
        <translation>&amp;Save the correction (Ctrl+S)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih layanan dari daftar.</source>
        <translation>Choose a service from the list.</translation>
    </message>
    <message>
        <source>Terlalu panjang (maksimal {n} huruf).</source>
        <translation>Too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Belum tersimpan: {message}</source>
        <translation>Not saved yet: {message}</translation>
    </message>
</context>
<context>
    <name>DataProtectionDialog</name>
    <message>
        <source>Pelindungan data pribadi</source>
        <translation>Personal data protection</translation>
    </message>
    <message>
        <source>Subjek data</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <source>Permintaan terbuka</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>Retensi</source>
        <translation>Retention</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bahasa layar Desk di komputer ini. Dokumen yang dicetak tetap berbahasa Indonesia.</source>
        <translation>The language of Desk&apos;s screens on this computer. Printed documents stay in Indonesian.</translation>
    </message>
    <message>
        <source>{name} dipakai mulai saat Desk dibuka lagi.</source>
        <translation>{name} is used from the next start of Desk.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Pilih permohonan di tabel untuk melihat rinciannya.</source>
        <translation>Choose a request in the table to see its details.</translation>
    </message>
    <message>
        <source>Koreks&amp;i data…</source>
        <translation>Correct the dat&amp;a…</translation>
    </message>
    <message>
        <source>Betulkan data pemohon, catatan, cara masuk (dan layanan selama berstatus Diterima)</source>
        <translation>Correct the visitor&apos;s data, notes, channel (and the service while it is Received)</translation>
    </message>
    <message>
        <source>Buka k&amp;embali…</source>
        <translation>R&amp;eopen…</translation>
    </message>
    <message>
        <source>Admin: buka lagi permohonan yang sudah ditutup, dengan alasan</source>
        <translation>Admin: reopen a closed request, giving a reason</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Cara masuk</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Diambil oleh</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Berkas persyaratan</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>Centang berkas yang dibawa kemudian (Spasi), lalu simpan.</source>
        <translation>Tick the documents brought later (Space), then save.</translation>
    </message>
    <message>
        <source>Simpan be&amp;rkas</source>
        <translation>Save the doc&amp;uments</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>versi {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <source>{when}, oleh {officer}</source>
        <translation>{when}, by {officer}</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Tidak ada berkas yang diminta.</source>
        <translation>No documents are required.</translation>
    </message>
    <message>
        <source>tidak ada berkas yang diminta</source>
        <translation>no documents are required</translation>
    </message>
    <message>
        <source>, sejak {day}</source>
        <translation>, since {day}</translation>
    </message>
    <message>
        <source>lengkap</source>
        <translation>complete</translation>
    </message>
    <message numerus="yes">
        <source>belum lengkap: %n berkas wajib belum diterima</source>
        <translation>
            <numerusform>incomplete: %n required document not received yet</numerusform>
            <numerusform>incomplete: %n required documents not received yet</numerusform>
        </translation>
    </message>
    <message>
        <source>kuasa, {name}</source>
        <translation>proxy, {name}</translation>
    </message>
    <message>
        <source>pemohon sendiri</source>
        <translation>the visitor</translation>
    </message>
    <message>
        <source>; nomor produk {number}</source>
        <translation>; product number {number}</translation>
    </message>
    <message>
        <source>Dibuka kembali: {old} → {new}</source>
        <translation>Reopened: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Ekspor register</source>
        <translation>Export register</translation>
    </message>
    <message>
        <source>&amp;Excel (.xlsx): tanggal sebagai tanggal, judul kolom terkunci, saringan</source>
        <translation>&amp;Excel (.xlsx): dates as dates, frozen column titles, filters</translation>
    </message>
    <message>
        <source>&amp;CSV (.csv): pemisah titik koma, untuk aplikasi lain</source>
        <translation>&amp;CSV (.csv): semicolon-separated, for other programs</translation>
    </message>
    <message>
        <source>Tulis &amp;NIK dan nomor HP lengkap (dicatat di jejak audit)</source>
        <translation>Write full &amp;NIK and phone numbers (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>Tanpa centang ini NIK dan nomor HP disamarkan, seperti di layar.</source>
        <translation>Without this tick NIK and phone numbers are masked, as on screen.</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Masih terbuka ({received} + {in_process})</source>
        <translation>Still open ({received} + {in_process})</translation>
    </message>
    <message>
        <source>Terla&amp;mbat saja</source>
        <translation>&amp;Late only</translation>
    </message>
    <message>
        <source>Terlama d&amp;ulu</source>
        <translation>&amp;Oldest first</translation>
    </message>
    <message>
        <source>Urutkan dari permohonan yang paling lama diterima (Ctrl+End di tabel)</source>
        <translation>Sort from the request received longest ago (Ctrl+End in the table)</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Tampilkan lagi tanpa saringan ini</source>
        <translation>Show again without this filter</translation>
    </message>
    <message>
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>tulis tanggalnya, mis. 01-10-2025.</source>
        <translation>write the date, e.g. 01-10-2025.</translation>
    </message>
    <message>
        <source>Tanggal &quot;Dari&quot; ({start}) sesudah &quot;s.d.&quot; ({end}). Betulkan salah satunya; register masih menampilkan hasil sebelumnya.</source>
        <translation>The &quot;From&quot; date ({start}) is after the &quot;to&quot; date ({end}). Correct one of them; the register still shows the previous results.</translation>
    </message>
    <message>
        <source>Jatuh tempo {day}</source>
        <translation>Due {day}</translation>
    </message>
    <message>
        <source>Ditutup {day}</source>
        <translation>Closed {day}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Akun admin pertama</source>
        <translation>First admin account</translation>
    </message>
    <message>
        <source>Desk belum punya akun yang dapat masuk. Buat akun admin pertama: admin menambah akun petugas dan pimpinan sesudahnya. Desk tidak punya kata sandi bawaan; simpan kata sandi ini baik-baik.</source>
        <translation>Desk has no account that can log in yet. Create the first admin account: the admin adds the accounts of officers and managers afterwards. Desk has no default password; keep this password safe.</translation>
    </message>
    <message>
        <source>18 angka, boleh dikosongkan</source>
        <translation>18 digits, may be left empty</translation>
    </message>
    <message>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>&amp;Buat dan masuk</source>
        <translation>&amp;Create and log in</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Tambah baris (Insert)</source>
        <translation>Add a row (Insert)</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus baris (Delete)</source>
        <translation>Delete the row (Delete)</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Pindahkan ke atas (Ctrl+Atas)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Pindahkan ke bawah (Ctrl+Bawah)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Desk terkunci</source>
        <translation>Desk is locked</translation>
    </message>
    <message>
        <source>Sedang dipakai oleh {name} ({role}). Ketik kata sandi untuk melanjutkan.</source>
        <translation>In use by {name} ({role}). Type the password to continue.</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Keluar dari &amp;Desk</source>
        <translation>Quit &amp;Desk</translation>
    </message>
    <message>
        <source>Tutup Desk agar petugas lain dapat masuk dengan akunnya sendiri.</source>
        <translation>Close Desk so that another officer can log in with their own account.</translation>
    </message>
    <message>
        <source>&amp;Ganti petugas</source>
        <translation>&amp;Change officer</translation>
    </message>
    <message>
        <source>Untuk pergantian giliran: Desk ditutup dan dibuka lagi di layar masuk, agar petugas berikutnya masuk dengan akunnya sendiri.</source>
        <translation>For a change of shift: Desk closes and opens again at the login, so that the next officer logs in with their own account.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk ke Desk</source>
        <translation>Log in to Desk</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Lupa kata sandi? Minta admin Desk menyetel kata sandi baru.</source>
        <translation>Forgot your password? Ask Desk&apos;s admin to set a new one.</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Fill in the user name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Register Pelayanan</source>
        <translation>Service Register</translation>
    </message>
    <message>
        <source>Standar Pelayanan</source>
        <translation>Service Standards</translation>
    </message>
    <message>
        <source>Forum Konsultasi Publik</source>
        <translation>Public Consultation Forum</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Petugas: {name}</source>
        <translation>Officer: {name}</translation>
    </message>
    <message>
        <source>Basis data: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Tersimpan: {ref}</source>
        <translation>Saved: {ref}</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>Isian pengaduan ini belum disimpan. Buang isian ini?</source>
        <translation>This complaint has not been saved. Discard the input?</translation>
    </message>
    <message>
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Jenis dan saluran</source>
        <translation>Type and channel</translation>
    </message>
    <message>
        <source>Tracking ID dari lapor.go.id</source>
        <translation>Tracking ID from lapor.go.id</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Saluran</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Tracking ID</source>
        <translation>&amp;Tracking ID</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>A&amp;nonim (identitas tidak dicatat)</source>
        <translation>A&amp;nonymous (identity not recorded)</translation>
    </message>
    <message>
        <source>08…, 628… atau +628…</source>
        <translation>08…, 628… or +628…</translation>
    </message>
    <message>
        <source>Bersedia &amp;dihubungi tentang pengaduan ini</source>
        <translation>Agrees to be &amp;contacted about this complaint</translation>
    </message>
    <message>
        <source>N&amp;ama</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>Nomor &amp;HP</source>
        <translation>&amp;Mobile number</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>A&amp;lamat</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Nomor registrasi permohonan (bila ada)</source>
        <translation>Registration number of the request (if any)</translation>
    </message>
    <message>
        <source>Cari… (F4)</source>
        <translation>Search… (F4)</translation>
    </message>
    <message>
        <source>Pelapor adalah &amp;pemohon permohonan ini</source>
        <translation>The reporter is the &amp;visitor of this request</translation>
    </message>
    <message>
        <source>— belum ditentukan —</source>
        <translation>— not decided yet —</translation>
    </message>
    <message>
        <source>— tidak tentang layanan tertentu —</source>
        <translation>— not about a particular service —</translation>
    </message>
    <message>
        <source>Ringkas, mis. Kartu AK/I belum selesai</source>
        <translation>Short, e.g. AK/I card not ready yet</translation>
    </message>
    <message>
        <source>Isi pengaduan, saran atau permintaan informasi, seperti disampaikan pelapor</source>
        <translation>The complaint, suggestion or information request, as the reporter put it</translation>
    </message>
    <message>
        <source>Permohonan ter&amp;kait</source>
        <translation>Related re&amp;quest</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>La&amp;yanan</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <source>Pe&amp;rihal</source>
        <translation>Su&amp;bject</translation>
    </message>
    <message>
        <source>&amp;Isi</source>
        <translation>&amp;Content</translation>
    </message>
    <message>
        <source>Enter: kolom berikutnya · Ctrl+S: simpan · Esc: batal</source>
        <translation>Enter: next field · Ctrl+S: save · Esc: cancel</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>diambil dari data pemohon</source>
        <translation>taken from the visitor&apos;s data</translation>
    </message>
    <message>
        <source>{visitor} — {service} ({status})</source>
        <translation>{visitor} — {service} ({status})</translation>
    </message>
    <message>
        <source>Permohonan dengan nomor ini tidak ditemukan; cari dengan F4 atau kosongkan.</source>
        <translation>No request has this number; search with F4 or leave it empty.</translation>
    </message>
    <message>
        <source>Belum dapat disimpan: {message}</source>
        <translation>Cannot be saved yet: {message}</translation>
    </message>
    <message>
        <source>Pengaduan belum tersimpan</source>
        <translation>Complaint not saved</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>Permohonan yang sama masih terbuka</source>
        <translation>The same request is still open</translation>
    </message>
    <message>
        <source>Pemohon ini masih mempunyai permohonan {ref} untuk layanan yang sama, berstatus {status}.

Buka permohonan itu (isian ini tidak disimpan), atau simpan permohonan baru bila memang untuk kebutuhan yang lain.</source>
        <translation>This visitor still has request {ref} for the same service, with status {status}.

Open that request (this input is not saved), or save a new request if it really is for another need.</translation>
    </message>
    <message>
        <source>&amp;Buka {ref}</source>
        <translation>&amp;Open {ref}</translation>
    </message>
    <message>
        <source>Tetap simpan &amp;baru</source>
        <translation>Save as &amp;new anyway</translation>
    </message>
    <message>
        <source>&amp;Kembali ke isian</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <source>Isian permohonan ini belum disimpan. Buang isian ini?</source>
        <translation>This request has not been saved. Discard the input?</translation>
    </message>
    <message>
        <source>Permohonan baru</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>kabupaten ini</source>
        <translation>this regency</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>16 angka dari KTP</source>
        <translation>16 digits from the ID card</translation>
    </message>
    <message>
        <source>08…, 628… atau +628…</source>
        <translation>08…, 628… or +628…</translation>
    </message>
    <message>
        <source>Jalan, RT/RW, nomor rumah</source>
        <translation>Street, RT/RW, house number</translation>
    </message>
    <message>
        <source>Luar {regency}</source>
        <translation>Outside {regency}</translation>
    </message>
    <message>
        <source>Nama perusahaan, koperasi atau UMKM (bila ada)</source>
        <translation>Name of the company, cooperative or small business (if any)</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>Nomor &amp;HP</source>
        <translation>&amp;Mobile number</translation>
    </message>
    <message>
        <source>N&amp;ama</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Jenis kelamin</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>A&amp;lamat</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>&amp;Kecamatan / desa</source>
        <translation>&amp;District / village</translation>
    </message>
    <message>
        <source>&amp;Organisasi</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Jenis organ&amp;isasi</source>
        <translation>Organ&amp;isation type</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Catatan (Enter untuk menyimpan)</source>
        <translation>Notes (Enter saves)</translation>
    </message>
    <message>
        <source>La&amp;yanan</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <source>&amp;Cara masuk</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Ca&amp;tatan</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Simpan (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Pemohon ini masih mempunyai permohonan {ref} ({status}) untuk layanan ini. Saat menyimpan, Desk menawarkan membuka permohonan itu.</source>
        <translation>This visitor still has request {ref} ({status}) for this service. On saving, Desk offers to open that request.</translation>
    </message>
    <message>
        <source>Pemohon lama ditemukan: {name}. Data diisi dari kunjungan sebelumnya; periksa dan perbarui bila ada yang berubah.</source>
        <translation>Returning visitor found: {name}. The data is filled in from the previous visit; check and update anything that changed.</translation>
    </message>
    <message>
        <source>Isi daerah asal pemohon dari luar {regency}.</source>
        <translation>Fill in the visitor&apos;s home area outside {regency}.</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>{sex}, lahir {born}</source>
        <translation>{sex}, born {born}</translation>
    </message>
    <message>
        <source>terdaftar di luar {regency} (kode wilayah {code})</source>
        <translation>registered outside {regency} (region code {code})</translation>
    </message>
    <message>
        <source>Simpan permohonan (Ctrl+S, atau Enter di Catatan)</source>
        <translation>Save the request (Ctrl+S, or Enter in Notes)</translation>
    </message>
    <message>
        <source>Belum dapat disimpan: {message}</source>
        <translation>Cannot be saved yet: {message}</translation>
    </message>
    <message>
        <source>Permohonan belum tersimpan</source>
        <translation>Request not saved</translation>
    </message>
</context>
<context>
    <name>OpenRequestsPage</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Batas</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Klik dua kali untuk membuka orangnya dan menangani permintaan.</source>
        <translation>Double-click to open the person and handle the request.</translation>
    </message>
    <message>
        <source>{n} permintaan belum selesai; {late} melewati batas 3 × 24 jam.</source>
        <translation>{n} requests not finished; {late} past the 3 × 24 hours limit.</translation>
    </message>
    <message>
        <source>TERLAMBAT</source>
        <translation>LATE</translation>
    </message>
    <message>
        <source>sisa {h} jam</source>
        <translation>{h} hours left</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Selesaikan permintaan</source>
        <translation>Finish the request</translation>
    </message>
    <message>
        <source>Tindakan yang dilakukan (mis. permintaan ditolak beserta alasannya):</source>
        <translation>What was done (e.g. the request was refused, and why):</translation>
    </message>
    <message>
        <source>&amp;Selesaikan</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Dua lembar pada satu A4 (pemohon + arsip)</source>
        <translation>Two copies on one A4 (visitor + file)</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Kertas:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat dibuat: {why}</source>
        <translation>The document cannot be made: {why}</translation>
    </message>
    <message>
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>Pencetak “{name}” yang biasa dipakai tidak ditemukan; pilih pencetak lain.</source>
        <translation>The usual printer “{name}” was not found; choose another printer.</translation>
    </message>
    <message>
        <source>Pencetakan dibatalkan; tidak ada yang dikirim ke pencetak.</source>
        <translation>Printing cancelled; nothing was sent to the printer.</translation>
    </message>
    <message>
        <source>Pencetak “{name}” tidak dapat dipakai.</source>
        <translation>Printer “{name}” cannot be used.</translation>
    </message>
    <message>
        <source>Dicetak ke {where}.</source>
        <translation>Printed to {where}.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulis: {why}</source>
        <translation>The file {path} cannot be written: {why}</translation>
    </message>
    <message>
        <source>Disimpan ke {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
    <message>
        <source>Tidak dapat mencetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Dokumen dapat disimpan sebagai PDF, lalu dicetak nanti atau dari komputer lain.</source>
        <translation>The document can be saved as a PDF, then printed later or from another computer.</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>Mencetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Mengirim {total} halaman ke pencetak…</source>
        <translation>Sending {total} pages to the printer…</translation>
    </message>
    <message>
        <source>Mencetak halaman {x} dari {y}</source>
        <translation>Printing page {x} of {y}</translation>
    </message>
    <message>
        <source>Mengirim ke pencetak…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Tuliskan alasannya. Alasan dicatat pada riwayat permohonan dan dapat disampaikan kepada pemohon.</source>
        <translation>Write the reason. It is recorded in the request&apos;s history and can be given to the visitor.</translation>
    </message>
    <message>
        <source>Ctrl+Enter menyimpan.</source>
        <translation>Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alasan terlalu panjang (maksimal {n} huruf).</source>
        <translation>The reason is too long (at most {n} characters).</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <source>Rekap pengaduan</source>
        <translation>Complaints summary</translation>
    </message>
    <message>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Tahunan</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <source>Tanda terima dicetak.</source>
        <translation>Receipt printed.</translation>
    </message>
    <message>
        <source>Cetak ulang tanda terima</source>
        <translation>Reprint the receipt</translation>
    </message>
    <message>
        <source>Pilih dahulu permohonan di register.</source>
        <translation>First choose a request in the register.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>— pilih kecamatan —</source>
        <translation>— choose a district —</translation>
    </message>
    <message>
        <source>Daerah asal: kabupaten/kota, kecamatan, desa</source>
        <translation>Home area: regency/city, district, village</translation>
    </message>
    <message>
        <source>— pilih desa/kelurahan —</source>
        <translation>— choose a village —</translation>
    </message>
</context>
<context>
    <name>RegisterExportRun</name>
    <message>
        <source>Ekspor register</source>
        <translation>Export register</translation>
    </message>
    <message>
        <source>Mengekspor register…</source>
        <translation>Exporting the register…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Mengekspor register: {done} dari {total} permohonan…</source>
        <translation>Exporting the register: {done} of {total} requests…</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>No. registrasi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Diterima ({zone})</source>
        <translation>Received ({zone})</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>{status} — Terlambat</source>
        <translation>{status} — Late</translation>
    </message>
    <message>
        <source>Lewat jatuh tempo ({due}) dan belum selesai.</source>
        <translation>Past its due date ({due}) and not finished.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Cari nomor registrasi, nama, NIK, nomor HP, desa, organisasi atau catatan…  (Ctrl+F)</source>
        <translation>Search registration number, name, NIK, mobile number, village, organisation or notes…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Semua permohonan sesuai pencarian dan saringan ke Excel atau CSV</source>
        <translation>Every request matching the search and filters, to Excel or CSV</translation>
    </message>
    <message>
        <source>Tidak ada permohonan yang cocok.</source>
        <translation>No request matches.</translation>
    </message>
    <message>
        <source>Belum ada permohonan. Tekan Ctrl+N untuk mencatat permohonan baru.</source>
        <translation>No requests yet. Press Ctrl+N to record a new request.</translation>
    </message>
    <message>
        <source>{count}+ permohonan (menghitung…)</source>
        <translation>{count}+ requests (counting…)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln permohonan terlambat</source>
        <translation>
            <numerusform>%Ln overdue request</numerusform>
            <numerusform>%Ln overdue requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln permohonan</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>, {count} terlambat</source>
        <translation>, {count} late</translation>
    </message>
    <message>
        <source>Permohonan tersimpan dengan nomor registrasi {ref}.</source>
        <translation>Request saved with registration number {ref}.</translation>
    </message>
    <message>
        <source>{count} permohonan sesuai pencarian dan saringan di layar akan diekspor, semuanya, bukan hanya yang tampil.</source>
        <translation>{count} requests matching the search and filters on screen will be exported, all of them, not only those shown.</translation>
    </message>
    <message>
        <source>Semua permohonan sesuai pencarian dan saringan di layar akan diekspor, bukan hanya yang tampil.</source>
        <translation>Every request matching the search and filters on screen will be exported, not only those shown.</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Simpan ekspor register</source>
        <translation>Save register export</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>NIK dan nomor HP lengkap</source>
        <translation>full NIK and phone numbers</translation>
    </message>
    <message>
        <source>NIK dan nomor HP disamarkan</source>
        <translation>NIK and phone numbers masked</translation>
    </message>
    <message>
        <source>{count} permohonan diekspor ke {file} ({how}).</source>
        <translation>{count} requests exported to {file} ({how}).</translation>
    </message>
    <message>
        <source>Status belum berubah</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <source>Status {ref} diubah menjadi {status}.</source>
        <translation>Status of {ref} changed to {status}.</translation>
    </message>
    <message>
        <source>Buka kembali: {ref}</source>
        <translation>Reopen: {ref}</translation>
    </message>
    <message>
        <source>Permohonan &lt;b&gt;{ref}&lt;/b&gt; berstatus {status}. Bila dibuka kembali, statusnya kembali seperti sebelum ditutup dan dapat diubah lagi. Yang tercatat saat ditutup tetap ada di riwayat.</source>
        <translation>Request &lt;b&gt;{ref}&lt;/b&gt; has status {status}. If it is reopened, its status goes back to what it was before it was closed and can be changed again. What was recorded when it was closed stays in the history.</translation>
    </message>
    <message>
        <source>&amp;Buka kembali</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Belum dibuka kembali</source>
        <translation>Not reopened</translation>
    </message>
    <message>
        <source>Permohonan {ref} dibuka kembali: {status}.</source>
        <translation>Request {ref} reopened: {status}.</translation>
    </message>
    <message>
        <source>Tidak ada yang berubah pada {ref}.</source>
        <translation>Nothing changed in {ref}.</translation>
    </message>
    <message>
        <source>Data {ref} dikoreksi.</source>
        <translation>Data of {ref} corrected.</translation>
    </message>
    <message>
        <source>Berkas belum tersimpan</source>
        <translation>Documents not saved</translation>
    </message>
    <message>
        <source>Berkas {ref} disimpan.</source>
        <translation>Documents of {ref} saved.</translation>
    </message>
    <message>
        <source>Berkas {ref} lengkap; jatuh tempo kini {due}.</source>
        <translation>Documents of {ref} complete; it is now due on {due}.</translation>
    </message>
</context>
<context>
    <name>RequestPicker</name>
    <message>
        <source>Pilih permohonan yang diadukan</source>
        <translation>Choose the request complained about</translation>
    </message>
    <message>
        <source>Nomor registrasi, nama pemohon, NIK atau nomor HP…</source>
        <translation>Registration number, visitor&apos;s name, NIK or mobile number…</translation>
    </message>
    <message>
        <source>&amp;Pilih</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Tidak ada permohonan yang cocok.</source>
        <translation>No request matches.</translation>
    </message>
    <message>
        <source>Enter memilih baris yang disorot.</source>
        <translation>Enter chooses the highlighted row.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Pulihkan basis data dari cadangan</source>
        <translation>Restore the database from a backup</translation>
    </message>
    <message>
        <source>Pilih cadangan yang akan dipulihkan. Isi basis data sekarang akan diganti dengan isi cadangan itu. Sebelumnya Desk selalu membuat cadangan pengaman dari basis data sekarang, jadi pemulihan ini dapat dibatalkan dengan memulihkan cadangan pengaman tersebut.</source>
        <translation>Choose the backup to restore. The current database will be replaced with that backup&apos;s content. Desk always makes a safety backup of the current database first, so this restore can be undone by restoring that safety backup.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Belum ada cadangan yang dipilih.</source>
        <translation>No backup chosen yet.</translation>
    </message>
    <message>
        <source>Pilih berkas lain…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Belum ada cadangan di folder cadangan. Pilih berkas cadangan lain.</source>
        <translation>No backups in the backup folder yet. Choose another backup file.</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Cadangan Desk (*.sqlite3);;Semua berkas (*)</source>
        <translation>Desk backup (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>permohonan terakhir {when}</source>
        <translation>last request {when}</translation>
    </message>
    <message>
        <source>belum ada permohonan</source>
        <translation>no requests yet</translation>
    </message>
    <message>
        <source>{name}: cadangan utuh, berisi {count} permohonan; {newest}.</source>
        <translation>{name}: backup intact, holding {count} requests; {newest}.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retensi data pribadi</source>
        <translation>Personal data retention</translation>
    </message>
    <message>
        <source>Ada data pribadi yang sudah melewati masa retensi.</source>
        <translation>Some personal data is past its retention period.</translation>
    </message>
    <message>
        <source>&amp;Ingatkan 7 hari lagi</source>
        <translation>&amp;Remind me in 7 days</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Retensi</source>
        <translation>Retention</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Data pribadi pengunjung (nama, NIK, nomor HP, alamat, desa, organisasi, catatan) disimpan selama masa retensi sejak layanan terakhirnya selesai, lalu dianonimkan. Permohonan tetap tercatat untuk statistik: layanan, tanggal, status dan kecamatan. Nomor HP peserta forum konsultasi publik dihapus setelah masa yang sama sejak forumnya; daftar hadir tetap menjadi arsip forum.</source>
        <translation>Visitors&apos; personal data (name, NIK, mobile number, address, village, organisation, notes) is kept for the retention period after their last service was finished, then anonymised. Requests stay on record for statistics: service, date, status and district. The mobile numbers of public consultation forum participants are deleted after the same period from the forum; the attendance sheet stays in the forum&apos;s archive.</translation>
    </message>
    <message>
        <source>Masa &amp;retensi:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Anonimkan sekarang</source>
        <translation>&amp;Anonymise now</translation>
    </message>
    <message>
        <source>Uji coba saat ini: {visitors} pengunjung yang layanan terakhirnya selesai sebelum {cutoff} akan dianonimkan; {requests} permohonan mereka tetap tercatat. Nomor telepon {participants} peserta forum yang diadakan sebelum tanggal itu dihapus; daftar hadirnya tetap.</source>
        <translation>Dry run now: {visitors} visitors whose last service was finished before {cutoff} will be anonymised; their {requests} requests stay on record. The phone numbers of {participants} participants of forums held before that date are deleted; their attendance sheets stay.</translation>
    </message>
    <message>
        <source>Terakhir dijalankan: {when}, {n} pengunjung dianonimkan.</source>
        <translation>Last run: {when}, {n} visitors anonymised.</translation>
    </message>
    <message>
        <source>Retensi belum pernah dijalankan.</source>
        <translation>Retention has never been run.</translation>
    </message>
    <message>
        <source>Masa retensi</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Jalankan retensi</source>
        <translation>Run retention</translation>
    </message>
    <message>
        <source>Anonimkan data pribadi {n} pengunjung sekarang? Tindakan ini tidak dapat dibatalkan.</source>
        <translation>Anonymise the personal data of {n} visitors now? This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonimkan</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Sedang menganonimkan…</source>
        <translation>Anonymising…</translation>
    </message>
    <message>
        <source>Selesai: {n} pengunjung dianonimkan, {r} permohonan tetap tercatat, nomor telepon {p} peserta forum dihapus.</source>
        <translation>Done: {n} visitors anonymised, {r} requests still on record, the phone numbers of {p} forum participants deleted.</translation>
    </message>
    <message>
        <source>Tidak ada cadangan Desk yang memuat data lama.</source>
        <translation>No Desk backup holds old data.</translation>
    </message>
    <message>
        <source>Retensi gagal; tidak ada yang berubah.</source>
        <translation>Retention failed; nothing changed.</translation>
    </message>
    <message>
        <source>Retensi</source>
        <translation>Retention</translation>
    </message>
</context>
<context>
    <name>RevealField</name>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Tampilkan nilai lengkap. Tindakan ini dicatat dalam jejak audit.</source>
        <translation>Show the full value. This is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Sembunyikan</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>&amp;Mulai permohonan</source>
        <translation>&amp;Start a request</translation>
    </message>
    <message>
        <source>Cetak s&amp;tandar…</source>
        <translation>Print the s&amp;tandard…</translation>
    </message>
    <message>
        <source>Cetak &amp;papan…</source>
        <translation>Print the &amp;board…</translation>
    </message>
    <message>
        <source>Ban&amp;dingkan versi…</source>
        <translation>Com&amp;pare versions…</translation>
    </message>
    <message>
        <source>&amp;Ubah standar (versi baru)…</source>
        <translation>&amp;Change the standard (new version)…</translation>
    </message>
    <message>
        <source>Versi:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Standar Pelayanan</source>
        <translation>Service Standards</translation>
    </message>
    <message>
        <source>Pilih layanan di sebelah kiri, atau ketik kata yang dicari: nama layanan, persyaratan (mis. ijazah), prosedur, produk, dasar hukum…</source>
        <translation>Choose a service on the left, or type what you are looking for: a service name, a requirement (e.g. diploma), a procedure, a product, a legal basis…</translation>
    </message>
    <message>
        <source>&amp;Tulis standar…</source>
        <translation>&amp;Write the standard…</translation>
    </message>
    <message>
        <source>Layanan ini belum mempunyai standar pelayanan.</source>
        <translation>This service has no service standard yet.</translation>
    </message>
    <message>
        <source> Tulis standarnya dengan tombol Tulis standar.</source>
        <translation> Write its standard with the Write the standard button.</translation>
    </message>
    <message>
        <source>Ini versi lama: tidak berlaku lagi untuk permohonan baru. Permohonan yang diterima saat versi ini berlaku tetap memakai persyaratannya.</source>
        <translation>This is an old version: it no longer applies to new requests. Requests received while this version was in force keep its requirements.</translation>
    </message>
    <message>
        <source>Versi ini baru berlaku sejak tanggal tersebut; sampai saat itu permohonan baru memakai versi yang berlaku sekarang.</source>
        <translation>This version applies only from that date; until then new requests use the version in force now.</translation>
    </message>
    <message>
        <source>Layanan ini sedang tidak aktif: tidak dapat dipilih untuk permohonan baru.</source>
        <translation>This service is inactive: it cannot be chosen for new requests.</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <source>
Nama lain: {names}</source>
        <translation>
Other names: {names}</translation>
    </message>
    <message>
        <source>Ketik kode atau nama layanan…</source>
        <translation>Type a service code or name…</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Setel kata sandi</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {name} ({user}). Sampaikan langsung kepada yang bersangkutan dan minta ia menggantinya sendiri lewat menu Akun → Ganti kata sandi.</source>
        <translation>New password for {name} ({user}). Give it to them in person and ask them to change it themselves through Account → Change password.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Pengaturan register pengaduan</source>
        <translation>Complaints register settings</translation>
    </message>
    <message>
        <source>&amp;Pola nomor</source>
        <translation>Number &amp;pattern</translation>
    </message>
    <message>
        <source>&amp;Kode register ({unit})</source>
        <translation>Register &amp;code ({unit})</translation>
    </message>
    <message>
        <source>Penanda: </source>
        <translation>Markers: </translation>
    </message>
    <message>
        <source>&lt;b&gt;Batas waktu (hari kerja)&lt;/b&gt;, tiap tahap dihitung dari batas tahap sebelumnya; berlaku untuk pengaduan yang diterima sesudah disimpan.</source>
        <translation>&lt;b&gt;Deadlines (working days)&lt;/b&gt;, each stage counted from the deadline of the stage before; they apply to complaints received after saving.</translation>
    </message>
    <message>
        <source>Bawaan SP4N-LAPOR!: verifikasi 3, tanggapan 5, penyelesaian 10 hari kerja.</source>
        <translation>SP4N-LAPOR! defaults: verification 3, response 5, resolution 10 working days.</translation>
    </message>
</context>
<context>
    <name>StandardEditor</name>
    <message>
        <source>Ubah standar pelayanan — {code}</source>
        <translation>Change the service standard — {code}</translation>
    </message>
    <message>
        <source>Disimpan sebagai versi {n}, dimulai dari isi versi {base}. Versi lama tetap tersimpan dan permohonan yang sudah diterima tetap memakai versinya.</source>
        <translation>Saved as version {n}, starting from the content of version {base}. The old version stays stored and requests already received keep their version.</translation>
    </message>
    <message>
        <source>Layanan ini belum mempunyai standar: ini akan menjadi versi 1.</source>
        <translation>This service has no standard yet: this will be version 1.</translation>
    </message>
    <message>
        <source>Nama lain layanan (untuk pencarian)</source>
        <translation>Other names of the service (for searching)</translation>
    </message>
    <message>
        <source>mis. kartu kuning, AK1, AK/1 (pisahkan dengan koma)</source>
        <translation>e.g. kartu kuning, AK1, AK/1 (separate with commas)</translation>
    </message>
    <message>
        <source>&amp;Nama lain</source>
        <translation>Other &amp;names</translation>
    </message>
    <message>
        <source>Nama yang biasa dipakai masyarakat untuk layanan ini; pencarian standar juga menemukannya. Mengubah nama lain saja tidak membuat versi baru.</source>
        <translation>Names the public commonly uses for this service; the standards search finds them too. Changing only the other names does not make a new version.</translation>
    </message>
    <message>
        <source>A. {heading} (ditampilkan kepada masyarakat)</source>
        <translation>A. {heading} (shown to the public)</translation>
    </message>
    <message>
        <source>B. {heading}</source>
        <translation>B. {heading}</translation>
    </message>
    <message>
        <source>Pengesahan versi baru</source>
        <translation>Approval of the new version</translation>
    </message>
    <message>
        <source>mis. 188.4/123/DKUKMTK/2025</source>
        <translation>e.g. 188.4/123/DKUKMTK/2025</translation>
    </message>
    <message>
        <source>— tidak disebutkan —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <source>Tanggal &amp;berlaku</source>
        <translation>&amp;Effective date</translation>
    </message>
    <message>
        <source>Nomor &amp;SK</source>
        <translation>&amp;Decree number</translation>
    </message>
    <message>
        <source>Disetujui dalam &amp;forum</source>
        <translation>Approved in the &amp;forum</translation>
    </message>
    <message>
        <source>&amp;Simpan sebagai versi baru (Ctrl+S)</source>
        <translation>&amp;Save as a new version (Ctrl+S)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Selesai di hari yang sama</source>
        <translation>Finished the same day</translation>
    </message>
    <message>
        <source>Hari kerja:</source>
        <translation>Working days:</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>tidak ditentukan</source>
        <translation>not set</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>lama layanan:</source>
        <translation>service time:</translation>
    </message>
    <message>
        <source>Gratis (Rp0)</source>
        <translation>Free (Rp0)</translation>
    </message>
    <message>
        <source>rupiah, tanpa sen; 0 = Gratis</source>
        <translation>rupiah, no cents; 0 = Free</translation>
    </message>
    <message>
        <source>Periksa isian yang ditandai merah.</source>
        <translation>Check the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>StandardPanel</name>
    <message>
        <source>Pilih layanan untuk melihat persyaratan, waktu, biaya dan produknya.</source>
        <translation>Choose a service to see its requirements, time, fee and product.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waktu penyelesaian:&lt;/b&gt; {duration}&lt;br&gt;&lt;b&gt;Biaya:&lt;/b&gt; {fee}&lt;br&gt;&lt;b&gt;Produk:&lt;/b&gt; {product}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;Standar pelayanan versi {version}, berlaku sejak {since}&lt;/span&gt;</source>
        <translation>&lt;b&gt;Completion time:&lt;/b&gt; {duration}&lt;br&gt;&lt;b&gt;Fee:&lt;/b&gt; {fee}&lt;br&gt;&lt;b&gt;Product:&lt;/b&gt; {product}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;Service standard version {version}, in force from {since}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Persyaratan:&lt;/b&gt; tidak ada berkas yang diminta.</source>
        <translation>&lt;b&gt;Requirements:&lt;/b&gt; no documents are required.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Persyaratan&lt;/b&gt; — centang berkas yang diterima (Spasi):</source>
        <translation>&lt;b&gt;Requirements&lt;/b&gt; — tick the documents received (Space):</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>&amp;Unit tujuan</source>
        <translation>&amp;Destination unit</translation>
    </message>
    <message>
        <source>&amp;Kepada</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source> (boleh kosong)</source>
        <translation> (may be empty)</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Teks terlalu panjang.</source>
        <translation>The text is too long.</translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <source>NIK lengkap, nomor HP lengkap, atau sebagian nama…</source>
        <translation>Full NIK, full mobile number, or part of a name…</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Orang</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <source>Nomor HP:</source>
        <translation>Mobile number:</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Simpan &amp;persetujuan</source>
        <translation>Save the &amp;consent</translation>
    </message>
    <message>
        <source>Permintaan subjek data (tanggapan paling lambat 3 × 24 jam)</source>
        <translation>Data-subject requests (to be answered within 3 × 24 hours)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Batas</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Catat &amp;permintaan…</source>
        <translation>Record a &amp;request…</translation>
    </message>
    <message>
        <source>&amp;Tangani permintaan…</source>
        <translation>&amp;Handle the request…</translation>
    </message>
    <message>
        <source>Selesaikan &amp;tanpa tindakan…</source>
        <translation>Finish &amp;without action…</translation>
    </message>
    <message>
        <source>{n} orang ditemukan.</source>
        <translation>{n} people found.</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok. Cari dengan NIK atau nomor HP lengkap, atau nama.</source>
        <translation>Nobody matches. Search with the full NIK or mobile number, or a name.</translation>
    </message>
    <message>
        <source>{what}: {state} {when} oleh {who}</source>
        <translation>{what}: {state} {when} by {who}</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Belum pernah ditanyakan (berarti tidak setuju).</source>
        <translation>Never asked (which means no consent).</translation>
    </message>
    <message>
        <source>TERLAMBAT</source>
        <translation>LATE</translation>
    </message>
    <message>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <source>selesai {t}</source>
        <translation>finished {t}</translation>
    </message>
    <message>
        <source> (terlambat)</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>Permintaan subjek data</source>
        <translation>Data-subject request</translation>
    </message>
    <message>
        <source>Salinan data</source>
        <translation>Copy of the data</translation>
    </message>
    <message>
        <source>Berkas tidak dapat disimpan: {e}</source>
        <translation>The file cannot be saved: {e}</translation>
    </message>
    <message>
        <source>Salinan data disimpan: {files}</source>
        <translation>Copy of the data saved: {files}</translation>
    </message>
    <message>
        <source>Perbaikan data</source>
        <translation>Data correction</translation>
    </message>
    <message>
        <source>Data diperbaiki: {fields}.</source>
        <translation>Data corrected: {fields}.</translation>
    </message>
    <message>
        <source> Masih ada {n} permohonan yang sedang berjalan; hasilnya tidak dapat dikabarkan lagi.</source>
        <translation> {n} requests are still in progress; their results can no longer be announced to the person.</translation>
    </message>
    <message>
        <source>Hapus data pribadi</source>
        <translation>Delete personal data</translation>
    </message>
    <message>
        <source>Anonimkan data pribadi {name}? Nama, NIK, nomor HP, alamat dan organisasinya dihapus; permohonannya tetap tercatat untuk statistik. Tindakan ini tidak dapat dibatalkan.</source>
        <translation>Anonymise the personal data of {name}? Their name, NIK, mobile number, address and organisation are deleted; their requests stay on record for statistics. This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonimkan</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Data pribadi sudah dianonimkan.</source>
        <translation>Personal data anonymised.</translation>
    </message>
    <message>
        <source>Penarikan persetujuan</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Persetujuan ditarik; pemrosesan untuk tujuan itu dihentikan.</source>
        <translation>Consent withdrawn; processing for that purpose has stopped.</translation>
    </message>
    <message>
        <source>Permintaan</source>
        <translation>Request</translation>
    </message>
</context>
<context>
    <name>SubjectRequestDialog</name>
    <message>
        <source>Catat permintaan subjek data</source>
        <translation>Record a data-subject request</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Disampaikan melalui:</source>
        <translation>&amp;Made through:</translation>
    </message>
    <message>
        <source>Diterima &amp;pada:</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Permintaan wajib ditanggapi paling lambat 3 × 24 jam sejak diterima.</source>
        <translation>The request must be answered within 3 × 24 hours of receipt.</translation>
    </message>
    <message>
        <source>&amp;Catat</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Diterima hari ini</source>
        <translation>Received today</translation>
    </message>
    <message>
        <source>Permohonan yang diterima hari ini (semua layanan)</source>
        <translation>Requests received today (all services)</translation>
    </message>
    <message>
        <source>Jatuh tempo hari ini</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Permohonan terbuka yang jatuh tempo hari ini (tanpa yang menunggu berkas wajib)</source>
        <translation>Open requests due today (without those waiting for required documents)</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Permohonan terbuka yang melewati jatuh tempo (tanpa yang menunggu berkas wajib)</source>
        <translation>Open requests past their due date (without those waiting for required documents)</translation>
    </message>
    <message>
        <source>Ditutup hari ini</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <source>Permohonan yang selesai, ditolak atau dibatalkan hari ini</source>
        <translation>Requests completed, rejected or cancelled today</translation>
    </message>
    <message>
        <source>Unit / layanan</source>
        <translation>Unit / service</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Diterima hari ini per unit dan layanan</source>
        <translation>Received today per unit and service</translation>
    </message>
    <message>
        <source>Forum konsultasi publik mendatang</source>
        <translation>Upcoming public consultation forums</translation>
    </message>
    <message>
        <source>Buka hasil &amp;survei</source>
        <translation>Open the &amp;survey results</translation>
    </message>
    <message>
        <source>Survei kepuasan masyarakat (SKM)</source>
        <translation>Public satisfaction survey (SKM)</translation>
    </message>
    <message>
        <source>&amp;Cadangan…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Cadangan basis data</source>
        <translation>Database backup</translation>
    </message>
    <message>
        <source>Buka &amp;pengaduan terlambat</source>
        <translation>Open &amp;overdue complaints</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Hari ini — {day}</source>
        <translation>Today — {day}</translation>
    </message>
    <message>
        <source>Diperbarui pukul {clock} {zone}</source>
        <translation>Updated at {clock} {zone}</translation>
    </message>
    <message>
        <source>{n} unit</source>
        <translation>{n} units</translation>
    </message>
    <message>
        <source>perlu ditindaklanjuti</source>
        <translation>needs follow-up</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pengaduan melewati batas waktu tahapnya.</source>
        <translation>
            <numerusform>%Ln complaint is past its step&apos;s deadline.</numerusform>
            <numerusform>%Ln complaints are past their step&apos;s deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period}: %n responden dari sampel minimal {minimum} ({served} pengguna layanan selesai).</source>
        <translation>
            <numerusform>{period}: %n respondent of a minimum sample of {minimum} ({served} service users completed).</numerusform>
            <numerusform>{period}: %n respondents of a minimum sample of {minimum} ({served} service users completed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period}: %n responden; belum ada permohonan selesai pada periode ini, sampel minimal belum dapat dihitung.</source>
        <translation>
            <numerusform>{period}: %n respondent; no request completed in this period yet, so the minimum sample cannot be calculated.</numerusform>
            <numerusform>{period}: %n respondents; no request completed in this period yet, so the minimum sample cannot be calculated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada pengaduan yang melewati batas waktu.</source>
        <translation>No complaint is past its deadline.</translation>
    </message>
    <message>
        <source>Belum ada permohonan hari ini. Tekan Ctrl+N untuk mencatat.</source>
        <translation>No requests yet today. Press Ctrl+N to record one.</translation>
    </message>
    <message>
        <source> · {n} diundang</source>
        <translation> · {n} invited</translation>
    </message>
    <message>
        <source>Belum ada forum yang dijadwalkan.</source>
        <translation>No forum scheduled yet.</translation>
    </message>
    <message>
        <source>Basis data di server PostgreSQL kantor: cadangannya diatur di server.</source>
        <translation>Database on the office PostgreSQL server: its backups are managed on the server.</translation>
    </message>
    <message>
        <source>Status cadangan tidak dapat dibaca.</source>
        <translation>The backup status cannot be read.</translation>
    </message>
    <message>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Ubah pengguna</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>18 angka, boleh dikosongkan</source>
        <translation>18 digits, may be left empty</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi awal:</source>
        <translation>&amp;Initial password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>Admin: semua, termasuk pengguna, profil kantor, standar, hari libur, cadangan dan ekspor.
Petugas loket: pencatatan, status, cetak, daftar hadir forum, melihat standar.
Pimpinan: melihat semua dan rekap, tanpa mengubah data.</source>
        <translation>Admin: everything, including users, office profile, standards, holidays, backups and exports.
Counter officer: recording, status, printing, forum attendance, viewing standards.
Manager: views everything and the summaries, without changing data.</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Pengguna Desk</source>
        <translation>Desk users</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Setel &amp;kata sandi…</source>
        <translation>Set &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Kunci layar otomatis (semua loket)</source>
        <translation>Automatic screen lock (every counter)</translation>
    </message>
    <message>
        <source>Kunci layar bila tidak dipakai selama</source>
        <translation>Lock the screen when unused for</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>, belum ada kata sandi</source>
        <translation>, no password yet</translation>
    </message>
    <message>
        <source>, terkunci sampai {t}</source>
        <translation>, locked until {t}</translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Tidak dapat dilakukan</source>
        <translation>Cannot be done</translation>
    </message>
    <message>
        <source>Nonaktifkan pengguna</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <source>Nonaktifkan akun {name} ({user})? Ia tidak dapat masuk lagi. Akun tidak dihapus: catatan dan jejak auditnya tetap ada, dan akun dapat diaktifkan kembali.</source>
        <translation>Deactivate the account of {name} ({user})? They can no longer log in. The account is not deleted: its records and audit trail stay, and it can be activated again.</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>_PasswordForm</name>
    <message>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>_StartDialog</name>
    <message>
        <source>Desk sedang menyiapkan basis data; Anda masuk begitu siap.</source>
        <translation>Desk is preparing the database; you will be logged in as soon as it is ready.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Tidak dapat mencetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>self.reveal</name>
    <message>
        <source>Sembunyikan</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Survei Kepuasan</source>
        <translation>Satisfaction Survey</translation>
    </message>
    <message>
        <source>Rekap</source>
        <translation>Recap</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Masuk sebagai {name} ({role})</source>
        <translation>Logged in as {name} ({role})</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Survei Kepuasan</source>
        <translation>Satisfaction Survey</translation>
    </message>
    <message>
        <source>Rekap</source>
        <translation>Recap</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
</context>
</TS>
