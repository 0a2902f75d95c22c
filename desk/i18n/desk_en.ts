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
        <source>Profil kantor</source>
        <translation>Office profile</translation>
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
        <source>belum ada</source>
        <translation>none yet</translation>
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
        <source>mis. SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor …</source>
        <translation>e.g. Joint Decree (SKB) of the Ministers of Religious Affairs, Manpower and PANRB Number …</translation>
    </message>
    <message>
        <source>mis. Keputusan Bupati Balangan Nomor …</source>
        <translation>e.g. Decree of the Regent of Balangan Number …</translation>
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
        <source>Pilih jenisnya dulu: SKB tiga menteri atau Keputusan Bupati</source>
        <translation>Choose the type first: joint ministerial decree (SKB) or Regent&apos;s decree</translation>
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
        <source>Tanggal</source>
        <translation>Date</translation>
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
        <source>Jenis</source>
        <translation>Type</translation>
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
        <source> atau </source>
        <translation> or </translation>
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
        <source>Catatan</source>
        <translation>Notes</translation>
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
        <translation>Document receipt</translation>
    </message>
    <message>
        <source>Standar pelayanan</source>
        <translation>Service standard</translation>
    </message>
    <message>
        <source>Papan informasi standar pelayanan</source>
        <translation>Service standard notice board</translation>
    </message>
    <message>
        <source>Buku standar pelayanan</source>
        <translation>Service standards book</translation>
    </message>
    <message>
        <source>Maklumat pelayanan</source>
        <translation>Service announcement</translation>
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
        <translation>Forum attendance summary</translation>
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
        <translation>Request summary</translation>
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
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
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
        <source>No.</source>
        <translation>No.</translation>
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
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
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
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
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
        <source>Berkas cadangan {name_or_path} tidak ditemukan.</source>
        <translation>Backup file {name_or_path} not found.</translation>
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
        <source>Folder cadangan kedua {folder} tidak tersedia (flashdisk tidak terpasang?).</source>
        <translation>The second backup folder {folder} is not available (flash drive not plugged in?).</translation>
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
        <source>Berkas cadangan {path} tidak ditemukan.</source>
        <translation>Backup file {path} not found.</translation>
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
        <source>Pemulihan dari loket hanya untuk basis data SQLite. Basis data PostgreSQL dipulihkan di server dengan pg_restore oleh pengelola server.</source>
        <translation>Restoring from a counter is for SQLite databases only. A PostgreSQL database is restored on the server with pg_restore by the server&apos;s administrator.</translation>
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
        <source>Berkas {name} tidak dapat dibaca: {reason}.</source>
        <translation>File {name} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Bidang tidak ditemukan.</source>
        <translation>Unit not found.</translation>
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
        <source>Layanan ini belum mempunyai standar pelayanan.</source>
        <translation>This service has no service standard yet.</translation>
    </message>
    <message>
        <source>Versi standar tidak ditemukan.</source>
        <translation>Standard version not found.</translation>
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
        <source>Jenis dokumen &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Unknown document type &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Kertas {paper} tidak dapat dipakai untuk {document} (pilih {allowed}).</source>
        <translation>Paper {paper} cannot be used for {document} (choose {allowed}).</translation>
    </message>
    <message>
        <source>Kunci tanda terima di pengaturan rusak. Pulihkan dari cadangan.</source>
        <translation>The receipt key in the settings is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Permohonan tidak ditemukan.</source>
        <translation>Request not found.</translation>
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
        <source>Belum ada formulir untuk disimpan.</source>
        <translation>No forms to save yet.</translation>
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
        <source>Hari libur tahun {year} belum dimasukkan: tenggat permohonan dihitung tanpa libur nasional dan cuti bersama. Admin: masukkan daftar SKB tiga menteri di Administrasi › Hari libur.</source>
        <translation>The holidays of {year} have not been entered: request due dates are counted without national holidays and collective leave. Admin: enter the joint ministerial decree (SKB) list in Administration › Holidays.</translation>
    </message>
    <message>
        <source>Hari libur tahun {year} belum dimasukkan. Admin: masukkan daftar SKB tiga menteri tahun {year} di Administrasi › Hari libur.</source>
        <translation>The holidays of {year} have not been entered. Admin: enter the joint ministerial decree (SKB) list of {year} in Administration › Holidays.</translation>
    </message>
    <message>
        <source>Nama pemerintah daerah</source>
        <translation>Regional government name</translation>
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
        <translation>Head of office&apos;s name</translation>
    </message>
    <message>
        <source>NIP kepala kantor</source>
        <translation>Head of office&apos;s NIP</translation>
    </message>
    <message>
        <source>Jabatan kepala kantor</source>
        <translation>Head of office&apos;s title</translation>
    </message>
    <message>
        <source>Pangkat/golongan kepala kantor</source>
        <translation>Head of office&apos;s rank/grade</translation>
    </message>
    <message>
        <source>Jabatan lengkap kepala kantor</source>
        <translation>Head of office&apos;s full title</translation>
    </message>
    <message>
        <source>Penanggung jawab pelayanan</source>
        <translation>Person in charge of services</translation>
    </message>
    <message>
        <source>Jabatan penanggung jawab</source>
        <translation>Title of the person in charge</translation>
    </message>
    <message>
        <source>NIP penanggung jawab pelayanan</source>
        <translation>NIP of the person in charge of services</translation>
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
        <translation>Service announcement text</translation>
    </message>
    <message>
        <source>Logo (lambang daerah)</source>
        <translation>Logo (regional emblem)</translation>
    </message>
    <message>
        <source>Nomor keputusan penetapan standar pelayanan</source>
        <translation>Number of the decree setting the service standards</translation>
    </message>
    <message>
        <source>Tanggal keputusan penetapan standar pelayanan</source>
        <translation>Date of the decree setting the service standards</translation>
    </message>
    <message>
        <source>Tanggal penandatanganan maklumat</source>
        <translation>Date the service announcement was signed</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>masih isian contoh</source>
        <translation>still the example value</translation>
    </message>
    <message>
        <source>belum dipasang</source>
        <translation>not added yet</translation>
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
        <source>Belum ada cadangan basis data.</source>
        <translation>No database backup yet.</translation>
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
        <source>Peran {role} tidak berwenang untuk tindakan ini ({action}).</source>
        <translation>The {role} role may not do this ({action}).</translation>
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
        <source>perkiraan; dihitung ulang saat berkas wajib lengkap</source>
        <translation>estimate; counted again once the required documents are complete</translation>
    </message>
    <message>
        <source>dihitung sejak berkas lengkap</source>
        <translation>counted from the complete file</translation>
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
        <translation>Print re&amp;ceipt…</translation>
    </message>
    <message>
        <source>Cetak &amp;jawaban…</source>
        <translation>Print &amp;reply…</translation>
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
        <translation>Add atta&amp;chment…</translation>
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
        <translation>Answer</translation>
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
        <source>Buang isian?</source>
        <translation>Discard the input?</translation>
    </message>
    <message>
        <source>Isian pengaduan ini belum disimpan. Buang isian ini?</source>
        <translation>This complaint has not been saved. Discard the input?</translation>
    </message>
    <message>
        <source>Buang isian</source>
        <translation>Discard the input</translation>
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
        <source>Buang isian?</source>
        <translation>Discard the input?</translation>
    </message>
    <message>
        <source>Isian permohonan ini belum disimpan. Buang isian ini?</source>
        <translation>This request has not been saved. Discard the input?</translation>
    </message>
    <message>
        <source>Buang isian</source>
        <translation>Discard the input</translation>
    </message>
    <message>
        <source>Lanjutkan mengisi</source>
        <translation>Continue filling in</translation>
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
