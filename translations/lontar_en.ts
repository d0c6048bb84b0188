<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AuditLog</name>
    <message>
        <source>Entri #%1 hilang dari log audit</source>
        <translation>Entry #%1 is missing from the audit log</translation>
    </message>
    <message>
        <source>Entri #%1 tidak menyambung ke entri sebelumnya</source>
        <translation>Entry #%1 does not link to the previous entry</translation>
    </message>
    <message>
        <source>Isi entri #%1 telah diubah</source>
        <translation>The content of entry #%1 has been altered</translation>
    </message>
    <message>
        <source>Entri terakhir log audit telah dihapus (tercatat %1 entri, ditemukan %2)</source>
        <translation>The last audit log entries have been deleted (%1 entries recorded, %2 found)</translation>
    </message>
    <message>
        <source>Penanda akhir log audit hilang</source>
        <translation>The audit log's end marker is missing</translation>
    </message>
    <message>
        <source>Berhasil masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Gagal masuk (kata sandi salah)</source>
        <translation>Sign-in failed (wrong password)</translation>
    </message>
    <message>
        <source>Gagal masuk (pengguna tidak dikenal)</source>
        <translation>Sign-in failed (unknown user)</translation>
    </message>
    <message>
        <source>Akun dikunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Ditolak: akun terkunci</source>
        <translation>Refused: account locked</translation>
    </message>
    <message>
        <source>Ditolak: akun nonaktif</source>
        <translation>Refused: account disabled</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Data demo dimuat</source>
        <translation>Demo data loaded</translation>
    </message>
    <message>
        <source>Pengguna dibuat</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>Kata sandi diatur ulang</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Kunci akun dibuka</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Akun diaktifkan</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan</source>
        <translation>Account disabled</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Nama pengguna atau kata sandi salah</source>
        <translation>Wrong username or password</translation>
    </message>
    <message numerus="yes">
        <source>Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam %n menit.</source>
        <translation><numerusform>Account locked after too many failed attempts. Try again in %n minute.</numerusform><numerusform>Account locked after too many failed attempts. Try again in %n minutes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Akun dikunci selama %n menit karena terlalu banyak percobaan gagal.</source>
        <translation><numerusform>Account locked for %n minute after too many failed attempts.</numerusform><numerusform>Account locked for %n minutes after too many failed attempts.</numerusform></translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin OPD.</source>
        <translation>This account is disabled. Contact your OPD administrator.</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>Jenis data %1 tidak dikenal</source>
        <translation>Unknown data type %1</translation>
    </message>
    <message>
        <source>Data %1 hanya dapat diubah oleh server</source>
        <translation>%1 data can only be changed by the server</translation>
    </message>
    <message>
        <source>Data %1 tidak dapat diubah setelah dibuat</source>
        <translation>%1 data cannot be changed once created</translation>
    </message>
    <message>
        <source>Data %1 tidak dapat dihapus</source>
        <translation>%1 data cannot be deleted</translation>
    </message>
    <message>
        <source>Data tidak ditemukan</source>
        <translation>Data not found</translation>
    </message>
    <message>
        <source>Konflik tidak ditemukan</source>
        <translation>Conflict not found</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca</source>
        <translation>Cannot read file %1</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat</source>
        <translation>Cannot create folder %1</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat ditulisi</source>
        <translation>Cannot write to folder %1</translation>
    </message>
    <message>
        <source>Disk penuh atau tidak dapat ditulisi</source>
        <translation>The disk is full or not writable</translation>
    </message>
    <message>
        <source>Berkas terlalu besar</source>
        <translation>The file is too large</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disimpan</source>
        <translation>Cannot save file %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Tidak dapat membuka basis data %1: %2</source>
        <translation>Cannot open database %1: %2</translation>
    </message>
    <message>
        <source>Alamat PostgreSQL tidak valid; gunakan postgresql://pengguna@host:port/basisdata</source>
        <translation>Invalid PostgreSQL address; use postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>Tidak dapat terhubung ke PostgreSQL di %1: %2</source>
        <translation>Cannot connect to PostgreSQL at %1: %2</translation>
    </message>
    <message>
        <source>Kesalahan SQL (%1): %2</source>
        <translation>SQL error (%1): %2</translation>
    </message>
    <message>
        <source>Transaksi bertingkat tidak didukung</source>
        <translation>Nested transactions are not supported</translation>
    </message>
    <message>
        <source>Tidak dapat memulai transaksi: %1</source>
        <translation>Cannot start transaction: %1</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan transaksi: %1</source>
        <translation>Cannot commit transaction: %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Data demo tidak ditemukan: %1</source>
        <translation>Demo data not found: %1</translation>
    </message>
    <message>
        <source>Data demo rusak: %1</source>
        <translation>Demo data is corrupt: %1</translation>
    </message>
    <message>
        <source>Pengguna demo %1: %2</source>
        <translation>Demo user %1: %2</translation>
    </message>
</context>
<context>
    <name>IdentityAdmin</name>
    <message>
        <source>Hanya admin OPD yang boleh mengubah data pengguna</source>
        <translation>Only an OPD administrator may change user data</translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan</source>
        <translation>User not found</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri</source>
        <translation>You cannot disable your own account</translation>
    </message>
</context>
<context>
    <name>IdentityStore</name>
    <message>
        <source>Kata sandi minimal 8 karakter</source>
        <translation>Passwords must have at least 8 characters</translation>
    </message>
    <message>
        <source>Kata sandi maksimal 128 karakter</source>
        <translation>Passwords may have at most 128 characters</translation>
    </message>
    <message>
        <source>NIP harus 18 digit angka</source>
        <translation>The NIP must be 18 digits</translation>
    </message>
    <message>
        <source>Kode dan nama unit wajib diisi</source>
        <translation>Unit code and name are required</translation>
    </message>
    <message>
        <source>Unit tidak ditemukan</source>
        <translation>Unit not found</translation>
    </message>
    <message>
        <source>Nama pengguna dan nama lengkap wajib diisi</source>
        <translation>Username and full name are required</translation>
    </message>
    <message>
        <source>Nama pengguna atau NIP sudah terdaftar</source>
        <translation>The username or NIP is already registered</translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan</source>
        <translation>User not found</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Daftar migrasi tidak valid untuk modul %1 versi %2</source>
        <translation>Invalid migration list for module %1 version %2</translation>
    </message>
    <message>
        <source>Basis data dibuat oleh versi Lontar yang lebih baru (modul %1 versi %2); perbarui aplikasi sebelum membukanya.</source>
        <translation>The database was written by a newer version of Lontar (module %1 version %2); update the application before opening it.</translation>
    </message>
    <message>
        <source>Migrasi %1 versi %2 (%3) gagal: %4</source>
        <translation>Migration %1 version %2 (%3) failed: %4</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Berkas %1 tidak dapat dibuka</source>
        <translation>Cannot open file %1</translation>
    </message>
    <message>
        <source>Berkas %1 kosong</source>
        <translation>File %1 is empty</translation>
    </message>
    <message>
        <source>%1 bukan PDF yang valid: %2</source>
        <translation>%1 is not a valid PDF: %2</translation>
    </message>
    <message>
        <source>Bukan PDF yang valid: %1</source>
        <translation>Not a valid PDF: %1</translation>
    </message>
    <message>
        <source>PDF terenkripsi tidak didukung; buka kuncinya terlebih dahulu</source>
        <translation>Encrypted PDFs are not supported; remove the encryption first</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>Berkas hasil harus berbeda dari berkas asli; dokumen asli tidak pernah diubah</source>
        <translation>The output file must differ from the original; originals are never modified</translation>
    </message>
    <message>
        <source>Halaman %1 tidak ada (dokumen berisi %2 halaman)</source>
        <translation>Page %1 does not exist (the document has %2 pages)</translation>
    </message>
    <message>
        <source>Area tanda tangan terlalu kecil (minimal 20×20 pt)</source>
        <translation>The signature area is too small (at least 20×20 pt)</translation>
    </message>
    <message>
        <source>Dokumen terlalu besar</source>
        <translation>The document is too large</translation>
    </message>
    <message>
        <source>Tanda tangan (%1 byte) melebihi ruang yang disediakan (%2 byte)</source>
        <translation>The signature (%1 bytes) exceeds the reserved space (%2 bytes)</translation>
    </message>
    <message>
        <source>Berkas hasil %1 tidak dapat ditulisi</source>
        <translation>Cannot write output file %1</translation>
    </message>
    <message>
        <source>Disk penuh: berkas hasil tidak ditulis</source>
        <translation>Disk full: the output file was not written</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca</source>
        <translation>Cannot read file %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Tidak dapat membuat folder profil %1</source>
        <translation>Cannot create profile folder %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Lontar</source>
        <translation>Lontar</translation>
    </message>
    <message>
        <source>Profil tidak dapat dibuka.

%1</source>
        <translation>The profile cannot be opened.

%1</translation>
    </message>
    <message>
        <source>Data demo tidak dapat dimuat.

%1</source>
        <translation>The demo data cannot be loaded.

%1</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>Berkas: %1 (%2 byte)
</source>
        <translation>File: %1 (%2 bytes)
</translation>
    </message>
    <message>
        <source>Tidak ada tanda tangan.
</source>
        <translation>No signatures.
</translation>
    </message>
    <message>
        <source>
Tanda tangan %1 (%2): %3
</source>
        <translation>
Signature %1 (%2): %3
</translation>
    </message>
    <message>
        <source>SAH</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <source>  Penanda tangan: %1
</source>
        <translation>  Signer: %1
</translation>
    </message>
    <message>
        <source>  Waktu: %1 (%2)
</source>
        <translation>  Time: %1 (%2)
</translation>
    </message>
    <message>
        <source>stempel waktu</source>
        <translation>timestamp</translation>
    </message>
    <message>
        <source>diakui penanda tangan</source>
        <translation>claimed by the signer</translation>
    </message>
    <message>
        <source>  Keutuhan: %1
</source>
        <translation>  Integrity: %1
</translation>
    </message>
    <message>
        <source>dokumen tidak berubah sejak ditandatangani</source>
        <translation>document unchanged since signing</translation>
    </message>
    <message>
        <source>RUSAK</source>
        <translation>BROKEN</translation>
    </message>
    <message>
        <source>  Cakupan: %1
</source>
        <translation>  Coverage: %1
</translation>
    </message>
    <message>
        <source>seluruh dokumen</source>
        <translation>the whole document</translation>
    </message>
    <message>
        <source>%1 byte ditambahkan sesudahnya (%2 revisi)</source>
        <translation>%1 bytes appended afterwards (%2 revisions)</translation>
    </message>
    <message>
        <source>  Rantai sertifikat: %1 %2
</source>
        <translation>  Certificate chain: %1 %2
</translation>
    </message>
    <message>
        <source>
Hasil: %1
</source>
        <translation>
Result: %1
</translation>
    </message>
    <message>
        <source>SEMUA TANDA TANGAN SAH</source>
        <translation>ALL SIGNATURES VALID</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>/ByteRange tidak valid atau tidak menunjuk /Contents</source>
        <translation>/ByteRange is invalid or does not point at /Contents</translation>
    </message>
    <message>
        <source>Isi tanda tangan (CMS) tidak dapat dibaca</source>
        <translation>The signature content (CMS) cannot be read</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak ada di dalam tanda tangan</source>
        <translation>The signer's certificate is missing from the signature</translation>
    </message>
    <message>
        <source>Tanda tangan tanpa atribut message-digest tidak didukung</source>
        <translation>Signatures without a message-digest attribute are not supported</translation>
    </message>
    <message>
        <source>Algoritme hash selain SHA-256 belum didukung</source>
        <translation>Hash algorithms other than SHA-256 are not supported yet</translation>
    </message>
    <message>
        <source>Dokumen telah diubah setelah ditandatangani (hash tidak cocok)</source>
        <translation>The document was changed after signing (hash mismatch)</translation>
    </message>
    <message>
        <source>Nilai tanda tangan tidak cocok dengan sertifikat</source>
        <translation>The signature value does not match the certificate</translation>
    </message>
    <message>
        <source>Sertifikat tidak dipercaya: %1</source>
        <translation>Certificate not trusted: %1</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <source>tidak diperiksa (tanpa daftar sertifikat tepercaya)</source>
        <translation>not checked (no trusted certificate list)</translation>
    </message>
    <message>
        <source>tepercaya</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>tidak tepercaya</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <source>kedaluwarsa saat penandatanganan</source>
        <translation>expired at signing time</translation>
    </message>
    <message>
        <source>belum berlaku saat penandatanganan</source>
        <translation>not yet valid at signing time</translation>
    </message>
    <message>
        <source>tidak valid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>Stempel waktu tidak cocok dengan tanda tangan atau tidak tepercaya</source>
        <translation>The timestamp does not match the signature or is not trusted</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Server menjawab dengan status %1</source>
        <translation>The server answered with status %1</translation>
    </message>
    <message>
        <source>Perangkat belum terdaftar di server</source>
        <translation>This device is not enrolled with the server</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Berkas lokal %1 hilang</source>
        <translation>Local file %1 is missing</translation>
    </message>
    <message>
        <source>Berkas lokal %1 tidak dapat dibaca</source>
        <translation>Cannot read local file %1</translation>
    </message>
    <message>
        <source>Jawaban server tidak lengkap</source>
        <translation>Incomplete answer from the server</translation>
    </message>
    <message>
        <source>Jawaban server tidak sesuai urutan</source>
        <translation>The server's answer is out of order</translation>
    </message>
    <message>
        <source>Perubahan dari server tidak valid</source>
        <translation>Invalid change from the server</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulisi</source>
        <translation>Cannot write file %1</translation>
    </message>
    <message>
        <source>Unduhan terputus</source>
        <translation>The download was interrupted</translation>
    </message>
    <message>
        <source>Disk penuh atau tidak dapat ditulisi</source>
        <translation>The disk is full or not writable</translation>
    </message>
    <message>
        <source>Isi berkas tidak cocok dengan hash SHA-256</source>
        <translation>The file content does not match its SHA-256 hash</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disimpan</source>
        <translation>Cannot save file %1</translation>
    </message>
</context>
<context>
    <name>SyncServer</name>
    <message>
        <source>Terlalu banyak percobaan masuk; coba lagi nanti.</source>
        <translation>Too many sign-in attempts; try again later.</translation>
    </message>
    <message>
        <source>Perangkat ini terdaftar untuk pengguna lain.</source>
        <translation>This device is registered to another user.</translation>
    </message>
    <message>
        <source>Perangkat menunggu persetujuan admin OPD.</source>
        <translation>This device is waiting for approval by the OPD administrator.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Transaksi sudah selesai</source>
        <translation>The transaction has already finished</translation>
    </message>
</context>
<context>
    <name>lontar::AboutDialog</name>
    <message>
        <source>Tentang Lontar</source>
        <translation>About Lontar</translation>
    </message>
    <message>
        <source>Versi %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Aplikasi perkantoran untuk aparatur pemerintah daerah: absensi daring, tanda tangan elektronik (TTE) pada PDF, kearsipan dinamis, dan e-katalog lokal. Bekerja tanpa koneksi dan menyinkronkan data ke server pusat saat terhubung.</source>
        <translation>Office suite for local-government staff: online attendance, electronic signatures (TTE) on PDFs, dynamic records archiving and a local e-catalogue. Works offline and syncs to the central server when connected.</translation>
    </message>
    <message>
        <source>Dibangun dengan Qt %1, OpenSSL %2, SQLite, Poppler, libargon2, libqrencode dan libp11.</source>
        <translation>Built with Qt %1, OpenSSL %2, SQLite, Poppler, libargon2, libqrencode and libp11.</translation>
    </message>
    <message>
        <source>© 2026 Tim Lontar. Perangkat lunak bebas.</source>
        <translation>© 2026 The Lontar team. Free software.</translation>
    </message>
</context>
<context>
    <name>lontar::AdministrationPage</name>
    <message>
        <source>Unit organisasi</source>
        <translation>Organisation unit</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Buka kunci akun</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>Pilih unit untuk melihat pegawai di unit itu dan di bawahnya.</source>
        <translation>Choose a unit to see the staff in it and below it.</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Pengguna %1 ditambahkan.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>Kata sandi %1 telah diatur ulang.</source>
        <translation>The password of %1 has been reset.</translation>
    </message>
    <message>
        <source>Kunci akun telah dibuka.</source>
        <translation>The account has been unlocked.</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan.</source>
        <translation>The account has been disabled.</translation>
    </message>
    <message>
        <source>Akun diaktifkan.</source>
        <translation>The account has been enabled.</translation>
    </message>
</context>
<context>
    <name>lontar::BuiltinModules</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Selamat pagi</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <source>Selamat siang</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <source>Selamat sore</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <source>Selamat malam</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <source>Profil Anda</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Keamanan data lokal</source>
        <translation>Local data safety</translation>
    </message>
    <message numerus="yes">
        <source>✔ Log audit utuh (%n entri terverifikasi)</source>
        <translation><numerusform>✔ Audit log intact (%n entry verified)</numerusform><numerusform>✔ Audit log intact (%n entries verified)</numerusform></translation>
    </message>
    <message>
        <source>✖ Log audit rusak: %1</source>
        <translation>✖ Audit log damaged: %1</translation>
    </message>
    <message>
        <source>Data disimpan di perangkat ini (SQLite, mode WAL, sinkron penuh) dan tetap dapat digunakan tanpa koneksi internet.</source>
        <translation>Data is stored on this device (SQLite, WAL mode, full sync) and stays usable without an internet connection.</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Belum ada layanan lain yang tersedia untuk peran Anda.</source>
        <translation>No other services are available for your roles yet.</translation>
    </message>
    <message>
        <source>Pengguna &amp; Unit</source>
        <translation>Users &amp; Units</translation>
    </message>
    <message>
        <source>Log Audit</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Periksa integritas</source>
        <translation>Check integrity</translation>
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
        <source>Pelaku</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message numerus="yes">
        <source>Rantai hash utuh: %n entri diperiksa, tidak ada yang diubah atau dihapus.</source>
        <translation><numerusform>Hash chain intact: %n entry checked, none altered or deleted.</numerusform><numerusform>Hash chain intact: %n entries checked, none altered or deleted.</numerusform></translation>
    </message>
    <message>
        <source>Rantai hash RUSAK pada entri #%1: %2</source>
        <translation>Hash chain BROKEN at entry #%1: %2</translation>
    </message>
</context>
<context>
    <name>lontar::Cades</name>
    <message>
        <source>Server stempel waktu tidak dapat dihubungi: %1</source>
        <translation>The timestamp server cannot be reached: %1</translation>
    </message>
    <message>
        <source>Jawaban server stempel waktu tidak valid</source>
        <translation>Invalid answer from the timestamp server</translation>
    </message>
    <message>
        <source>Stempel waktu ditolak: %1</source>
        <translation>Timestamp refused: %1</translation>
    </message>
</context>
<context>
    <name>lontar::EsignUiModule</name>
    <message>
        <source>Tanda Tangan Elektronik</source>
        <translation>Electronic Signature</translation>
    </message>
</context>
<context>
    <name>lontar::LoginDialog</name>
    <message>
        <source>Masuk ke Lontar</source>
        <translation>Sign in to Lontar</translation>
    </message>
    <message>
        <source>Layanan perkantoran digital pemerintah daerah: absensi, tanda tangan elektronik, kearsipan dinamis dan e-katalog lokal — tetap bekerja tanpa koneksi.</source>
        <translation>Digital office services for local government: attendance, electronic signatures, records archiving and a local e-catalogue — working even without a connection.</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Gunakan akun yang diberikan oleh admin OPD Anda.</source>
        <translation>Use the account your OPD administrator gave you.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>contoh: budi.santoso</source>
        <translation>e.g. budi.santoso</translation>
    </message>
    <message>
        <source>Data tersimpan di perangkat ini dan disinkronkan ke server saat terhubung.</source>
        <translation>Data is stored on this device and synced to the server when connected.</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your username and password.</translation>
    </message>
</context>
<context>
    <name>lontar::MainWindow</name>
    <message>
        <source>Lontar — %1</source>
        <translation>Lontar — %1</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Keluar akun</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>&amp;Tutup aplikasi</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tentang Lontar</source>
        <translation>&amp;About Lontar</translation>
    </message>
    <message>
        <source>Profil: %1</source>
        <translation>Profile: %1</translation>
    </message>
</context>
<context>
    <name>lontar::PasswordDialog</name>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk %1. Sampaikan kepada yang bersangkutan secara langsung.</source>
        <translation>New password for %1. Give it to them in person.</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>lontar::Role</name>
    <message>
        <source>ASN</source>
        <translation>Civil servant (ASN)</translation>
    </message>
    <message>
        <source>Atasan</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Arsiparis</source>
        <translation>Archivist</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signing official</translation>
    </message>
    <message>
        <source>Pejabat Pengadaan</source>
        <translation>Procurement official</translation>
    </message>
    <message>
        <source>Admin OPD</source>
        <translation>OPD administrator</translation>
    </message>
</context>
<context>
    <name>lontar::SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Bahasa antarmuka</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Folder profil</source>
        <translation>Profile folder</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>lontar::SigningKey</name>
    <message>
        <source>Penandatanganan dengan kunci gagal: %1</source>
        <translation>Signing with the key failed: %1</translation>
    </message>
    <message>
        <source>Berkas kunci %1 tidak dapat dibuka</source>
        <translation>Cannot open key file %1</translation>
    </message>
    <message>
        <source>%1 bukan berkas PKCS#12 yang valid</source>
        <translation>%1 is not a valid PKCS#12 file</translation>
    </message>
    <message>
        <source>Kata sandi berkas kunci salah</source>
        <translation>Wrong password for the key file</translation>
    </message>
    <message>
        <source>Berkas kunci tidak dapat dibaca (kata sandi salah atau algoritme tidak didukung)</source>
        <translation>The key file cannot be read (wrong password or unsupported algorithm)</translation>
    </message>
    <message>
        <source>Berkas PKCS#12 tidak berisi kunci dan sertifikat</source>
        <translation>The PKCS#12 file holds no key and certificate</translation>
    </message>
    <message>
        <source>Modul PKCS#11 %1 tidak dapat dimuat</source>
        <translation>Cannot load the PKCS#11 module %1</translation>
    </message>
    <message>
        <source>Token tidak dapat dibaca</source>
        <translation>The token cannot be read</translation>
    </message>
    <message>
        <source>Token "%1" tidak ditemukan</source>
        <translation>Token "%1" not found</translation>
    </message>
    <message>
        <source>PIN token salah atau token terkunci</source>
        <translation>Wrong token PIN, or the token is locked</translation>
    </message>
    <message>
        <source>Token tidak berisi sertifikat</source>
        <translation>The token holds no certificate</translation>
    </message>
    <message>
        <source>Token tidak berisi kunci privat untuk sertifikatnya</source>
        <translation>The token holds no private key for its certificate</translation>
    </message>
    <message>
        <source>Layanan tanda tangan menolak NIK atau passphrase</source>
        <translation>The signing service refused the NIK or passphrase</translation>
    </message>
    <message>
        <source>Layanan tanda tangan tidak dapat dihubungi: %1</source>
        <translation>The signing service cannot be reached: %1</translation>
    </message>
    <message>
        <source>Tanda tangan dari layanan tidak cocok dengan sertifikat</source>
        <translation>The signature from the service does not match the certificate</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak valid</source>
        <translation>The signer certificate is not valid</translation>
    </message>
</context>
<context>
    <name>lontar::SyncStatusWidget</name>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Sinkronisasi belum dikonfigurasi</source>
        <translation>Sync not configured</translation>
    </message>
    <message numerus="yes">
        <source>Luring — %n perubahan menunggu</source>
        <translation><numerusform>Offline — %n change pending</numerusform><numerusform>Offline — %n changes pending</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Daring — %n perubahan menunggu</source>
        <translation><numerusform>Online — %n change pending</numerusform><numerusform>Online — %n changes pending</numerusform></translation>
    </message>
    <message>
        <source>Daring — tersinkron %1</source>
        <translation>Online — synced %1</translation>
    </message>
    <message numerus="yes">
        <source>Menyinkronkan… (%n perubahan menunggu)</source>
        <translation><numerusform>Syncing… (%n change pending)</numerusform><numerusform>Syncing… (%n changes pending)</numerusform></translation>
    </message>
    <message>
        <source>Sinkronisasi gagal: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Sinkronisasi terakhir: %1</source>
        <translation>Last sync: %1</translation>
    </message>
</context>
<context>
    <name>lontar::UserDialog</name>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Nama pengguna dan nama lengkap wajib diisi</source>
        <translation>Username and full name are required</translation>
    </message>
    <message>
        <source>Pilih setidaknya satu peran</source>
        <translation>Choose at least one role</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>lontar::esign::EsignPage</name>
    <message>
        <source>Kata sandi kunci</source>
        <translation>Key password</translation>
    </message>
    <message>
        <source>Kata sandi berkas kunci (PKCS#12):</source>
        <translation>Password of the key file (PKCS#12):</translation>
    </message>
    <message>
        <source>Buka PDF…</source>
        <translation>Open PDF…</translation>
    </message>
    <message>
        <source>berkas .p12 dari BSrE atau CA internal</source>
        <translation>.p12 file from BSrE or an internal CA</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Stempel terlihat (tanpa centang: paraf)</source>
        <translation>Visible stamp (unchecked: initials)</translation>
    </message>
    <message>
        <source>Tandatangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel; seret stempel untuk memindahkannya.</source>
        <translation>Drag on the page to place the stamp; drag the stamp to move it.</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Kunci penandatanganan</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Periksa PDF…</source>
        <translation>Check PDF…</translation>
    </message>
    <message>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Mulai tanda tangan massal</source>
        <translation>Start batch signing</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Folder dokumen asli</source>
        <translation>Folder of originals</translation>
    </message>
    <message>
        <source>Folder hasil</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <source>Dokumen asli tidak diubah; hasil ditulis ke folder lain dengan nama yang sama. Kunci dan stempel diambil dari tab Tandatangani.</source>
        <translation>Originals are not changed; results are written to another folder under the same names. The key and stamp come from the Sign tab.</translation>
    </message>
    <message>
        <source>Tanda tangan massal</source>
        <translation>Batch signing</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Buka PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Periksa PDF</source>
        <translation>Check PDF</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibuka sebagai PDF.</source>
        <translation>%1 cannot be opened as a PDF.</translation>
    </message>
    <message>
        <source>Dokumen: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <source>Pilih berkas kunci</source>
        <translation>Choose key file</translation>
    </message>
    <message>
        <source>Kunci PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 keys (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Berhasil</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Pilih berkas kunci terlebih dahulu.</source>
        <translation>Choose a key file first.</translation>
    </message>
    <message>
        <source>Simpan PDF bertanda tangan</source>
        <translation>Save signed PDF</translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel.</source>
        <translation>Drag on the page to place the stamp.</translation>
    </message>
    <message>
        <source>Menandatangani…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Ditandatangani: %1</source>
        <translation>Signed: %1</translation>
    </message>
    <message>
        <source>Tidak sah</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <source>Sah, perlu perhatian</source>
        <translation>Valid, needs attention</translation>
    </message>
    <message>
        <source>Sah</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Seluruh dokumen</source>
        <translation>Whole document</translation>
    </message>
    <message>
        <source>Ada perubahan sesudahnya</source>
        <translation>Changed afterwards</translation>
    </message>
    <message>
        <source>Simpan laporan verifikasi</source>
        <translation>Save verification report</translation>
    </message>
    <message>
        <source>Laporan (*.txt *.json)</source>
        <translation>Reports (*.txt *.json)</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan ke %1</source>
        <translation>The report cannot be saved to %1</translation>
    </message>
    <message>
        <source>Pilih folder dokumen asli dan folder hasil.</source>
        <translation>Choose the folder of originals and the output folder.</translation>
    </message>
    <message>
        <source>Folder hasil harus berbeda dari folder dokumen asli.</source>
        <translation>The output folder must differ from the folder of originals.</translation>
    </message>
    <message>
        <source>Folder hasil tidak dapat dibuat.</source>
        <translation>The output folder cannot be created.</translation>
    </message>
    <message>
        <source>Dibatalkan setelah %1 dari %2 dokumen.</source>
        <translation>Cancelled after %1 of %2 documents.</translation>
    </message>
    <message numerus="yes">
        <source>Selesai: %n dokumen.</source>
        <translation><numerusform>Done: %n document.</numerusform><numerusform>Done: %n documents.</numerusform></translation>
    </message>
    <message>
        <source>Berkas kunci PKCS#12</source>
        <translation>PKCS#12 key file</translation>
    </message>
    <message>
        <source>Token / kartu pintar (PKCS#11)</source>
        <translation>Token / smart card (PKCS#11)</translation>
    </message>
    <message>
        <source>label token</source>
        <translation>token label</translation>
    </message>
    <message>
        <source>opsional: alamat server stempel waktu (RFC 3161)</source>
        <translation>optional: timestamp server address (RFC 3161)</translation>
    </message>
    <message>
        <source>Stempel waktu (PAdES B-T)</source>
        <translation>Timestamp (PAdES B-T)</translation>
    </message>
    <message>
        <source>Isi label token terlebih dahulu.</source>
        <translation>Enter the token label first.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::PdfPageView</name>
    <message>
        <source>QR  Ditandatangani secara elektronik</source>
        <translation>QR  Signed electronically</translation>
    </message>
</context>
</TS>
