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
        <translation>The audit log&apos;s end marker is missing</translation>
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
        <translation>
            <numerusform>Account locked after too many failed attempts. Try again in %n minute.</numerusform>
            <numerusform>Account locked after too many failed attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Akun dikunci selama %n menit karena terlalu banyak percobaan gagal.</source>
        <translation>
            <numerusform>Account locked for %n minute after too many failed attempts.</numerusform>
            <numerusform>Account locked for %n minutes after too many failed attempts.</numerusform>
        </translation>
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
    <message>
        <source>Tidak ada pengguna yang masuk</source>
        <translation>No user is signed in</translation>
    </message>
    <message>
        <source>Perubahan yang ditolak tidak ditemukan</source>
        <translation>Rejected change not found</translation>
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
    <name>FieldSchema</name>
    <message>
        <source>Kolom %1 tidak valid: %2</source>
        <translation>Field %1 is invalid: %2</translation>
    </message>
    <message>
        <source>Kolom %1 tidak dikenal</source>
        <translation>Unknown field %1</translation>
    </message>
    <message>
        <source>Kolom %1 wajib diisi</source>
        <translation>Field %1 is required</translation>
    </message>
    <message>
        <source>harus teks</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>paling banyak %1 karakter</source>
        <translation>at most %1 characters</translation>
    </message>
    <message>
        <source>harus bilangan bulat</source>
        <translation>must be an integer</translation>
    </message>
    <message>
        <source>waktu tidak valid</source>
        <translation>invalid time</translation>
    </message>
    <message>
        <source>harus ya/tidak</source>
        <translation>must be yes/no</translation>
    </message>
    <message>
        <source>harus UUID</source>
        <translation>must be a UUID</translation>
    </message>
    <message>
        <source>harus SHA-256 (64 huruf heksadesimal)</source>
        <translation>must be SHA-256 (64 hexadecimal characters)</translation>
    </message>
    <message>
        <source>harus salah satu dari %1</source>
        <translation>must be one of %1</translation>
    </message>
    <message>
        <source>harus daftar teks</source>
        <translation>must be a list of text values</translation>
    </message>
    <message>
        <source>harus objek</source>
        <translation>must be an object</translation>
    </message>
</context>
<context>
    <name>FilePermissions</name>
    <message>
        <source>Tidak dapat membuat folder %1</source>
        <translation>Cannot create folder %1</translation>
    </message>
    <message>
        <source>Tidak dapat membatasi hak akses folder %1</source>
        <translation>Cannot restrict the permissions of folder %1</translation>
    </message>
    <message>
        <source>Tidak dapat membatasi hak akses berkas %1</source>
        <translation>Cannot restrict the permissions of file %1</translation>
    </message>
    <message>
        <source>Tidak dapat membuat berkas %1</source>
        <translation>Cannot create file %1</translation>
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
    <message>
        <source>Nama pengguna 2–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung</source>
        <translation>Usernames have 2–64 characters: lowercase letters, digits, dots, underscores or hyphens</translation>
    </message>
    <message>
        <source>Tingkat akses keamanan harus 0 sampai 3</source>
        <translation>The security clearance level must be 0 to 3</translation>
    </message>
    <message>
        <source>%1 wajib diisi</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <source>%1 maksimal %2 karakter</source>
        <translation>%1 may have at most %2 characters</translation>
    </message>
    <message>
        <source>%1 berisi karakter yang tidak diizinkan</source>
        <translation>%1 contains characters that are not allowed</translation>
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
        <source>Unit kerja wajib dipilih</source>
        <translation>A work unit is required</translation>
    </message>
    <message>
        <source>Unit tidak ditemukan</source>
        <translation>Unit not found</translation>
    </message>
    <message>
        <source>Tidak ada data yang diubah</source>
        <translation>Nothing to change</translation>
    </message>
    <message>
        <source>NIP sudah terdaftar</source>
        <translation>The NIP is already registered</translation>
    </message>
    <message>
        <source>Anda tidak dapat mencabut peran admin OPD Anda sendiri</source>
        <translation>You cannot remove your own OPD administrator role</translation>
    </message>
    <message>
        <source>Anda tidak dapat mengunci akun Anda sendiri</source>
        <translation>You cannot lock your own account</translation>
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
    <message>
        <source>Sertifikat penanda tangan tidak dapat dibaca</source>
        <translation>The signer&apos;s certificate cannot be read</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan sudah kedaluwarsa sejak %1. Dokumen tidak ditandatangani; perbarui sertifikat elektronik Anda terlebih dahulu.</source>
        <translation>The signer&apos;s certificate expired on %1. The document was not signed; renew your electronic certificate first.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan belum berlaku sampai %1. Dokumen tidak ditandatangani.</source>
        <translation>The signer&apos;s certificate is not valid until %1. The document was not signed.</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Isi tanda tangan (CMS) tidak dapat dibaca</source>
        <translation>The signature content (CMS) cannot be read</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak ada di dalam tanda tangan</source>
        <translation>The signer&apos;s certificate is missing from the signature</translation>
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
        <source>Kamus tanda tangan berada di dalam object stream, sehingga /ByteRange tidak dapat menunjuk /Contents-nya</source>
        <translation>The signature dictionary is inside an object stream, so /ByteRange cannot point to its /Contents</translation>
    </message>
    <message>
        <source>Kamus tanda tangan tidak dapat diurai</source>
        <translation>The signature dictionary cannot be parsed</translation>
    </message>
    <message>
        <source>Kamus tanda tangan harus berupa objek tersendiri, bukan ditulis langsung di dalam field</source>
        <translation>The signature dictionary must be an object of its own, not written directly inside the field</translation>
    </message>
    <message>
        <source>verify: tidak ada sertifikat akar yang dipercaya; berikan folder sertifikat akar dengan --trust DIR</source>
        <translation>verify: no trusted root certificates; give a folder of root certificates with --trust DIR</translation>
    </message>
    <message>
        <source>penggunaan kunci (keyUsage) sertifikat tidak mencakup digitalSignature atau nonRepudiation</source>
        <translation>the certificate&apos;s key usage (keyUsage) includes neither digitalSignature nor nonRepudiation</translation>
    </message>
    <message>
        <source>extendedKeyUsage sertifikat tidak dapat dibaca</source>
        <translation>the certificate&apos;s extendedKeyUsage cannot be read</translation>
    </message>
    <message>
        <source>extendedKeyUsage sertifikat tidak mengizinkan penandatanganan dokumen (misalnya hanya untuk server TLS)</source>
        <translation>the certificate&apos;s extendedKeyUsage does not allow signing documents (for example, it is for TLS servers only)</translation>
    </message>
    <message>
        <source>Stempel waktu tidak tepercaya; sertifikat dinilai pada waktu pemeriksaan</source>
        <translation>The timestamp is not trusted; the certificate is assessed at the time of checking</translation>
    </message>
    <message>
        <source>Stempel waktu tidak cocok dengan tanda tangan</source>
        <translation>The timestamp does not match the signature</translation>
    </message>
    <message>
        <source>Identitas penanda tangan tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya</source>
        <translation>The signer&apos;s identity cannot be confirmed: there are no trusted root certificates</translation>
    </message>
    <message>
        <source>tidak diperlukan</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>belum dianalisis</source>
        <translation>not analysed yet</translation>
    </message>
    <message>
        <source>, waktu stempel waktu tepercaya</source>
        <translation>, the time of a trusted timestamp</translation>
    </message>
    <message>
        <source>, waktu pemeriksaan, karena tidak ada stempel waktu tepercaya</source>
        <translation>, the time of checking, as there is no trusted timestamp</translation>
    </message>
    <message>
        <source>tepercaya (rantai sampai ke sertifikat akar yang dipercaya, diperiksa pada %1)</source>
        <translation>trusted (chains up to a trusted root certificate, checked at %1)</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya</source>
        <translation>cannot be confirmed: there are no trusted root certificates</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan: sertifikat tidak berantai ke sertifikat akar yang dipercaya</source>
        <translation>cannot be confirmed: the certificate does not chain up to a trusted root certificate</translation>
    </message>
    <message>
        <source>tidak tepercaya: sertifikat sudah kedaluwarsa pada %1</source>
        <translation>not trusted: the certificate had expired at %1</translation>
    </message>
    <message>
        <source>tidak tepercaya: sertifikat belum berlaku pada %1</source>
        <translation>not trusted: the certificate was not yet valid at %1</translation>
    </message>
    <message>
        <source>tidak tepercaya: %1</source>
        <translation>not trusted: %1</translation>
    </message>
    <message>
        <source>tidak tepercaya: rantai sertifikat tidak valid (%1)</source>
        <translation>not trusted: invalid certificate chain (%1)</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan: sertifikat penanda tangan tidak dapat diperiksa</source>
        <translation>cannot be confirmed: the signer&apos;s certificate could not be checked</translation>
    </message>
    <message>
        <source>tidak ada perubahan sesudah ditandatangani</source>
        <translation>no changes after signing</translation>
    </message>
    <message>
        <source>ada %1 revisi sesudahnya yang ditandatangani lagi; isi perubahannya %2</source>
        <translation>later revisions signed again: %1; what they change: %2</translation>
    </message>
    <message>
        <source>ada perubahan sesudah ditandatangani yang tidak ditandatangani siapa pun (%1 byte)</source>
        <translation>changes after signing that nobody has signed (%1 bytes)</translation>
    </message>
    <message>
        <source>Dokumen ini tidak memiliki tanda tangan elektronik</source>
        <translation>This document has no electronic signature</translation>
    </message>
    <message>
        <source>SEMUA TANDA TANGAN SAH: utuh, tepercaya, dan tidak diubah sesudahnya</source>
        <translation>ALL SIGNATURES VALID: intact, trusted and not changed afterwards</translation>
    </message>
    <message>
        <source>BELUM TEPERCAYA: dokumen utuh dan tidak diubah, tetapi identitas penanda tangan tidak dapat dipastikan</source>
        <translation>NOT YET TRUSTED: the document is intact and unchanged, but the signer&apos;s identity cannot be confirmed</translation>
    </message>
    <message>
        <source>TIDAK SAH: tanda tangan rusak dan dokumen diubah sesudah ditandatangani</source>
        <translation>NOT VALID: a signature is broken and the document was changed after signing</translation>
    </message>
    <message>
        <source>TIDAK SAH: tanda tangan rusak atau dokumen diubah (keutuhan gagal)</source>
        <translation>NOT VALID: a signature is broken or the document was changed (integrity check failed)</translation>
    </message>
    <message>
        <source>TIDAK SAH: dokumen diubah sesudah ditandatangani tanpa tanda tangan baru</source>
        <translation>NOT VALID: the document was changed after signing without a new signature</translation>
    </message>
    <message>
        <source>Berkas: %1 (%2 byte)
</source>
        <translation>File: %1 (%2 bytes)
</translation>
    </message>
    <message>
        <source>SAH</source>
        <translation>VALID</translation>
    </message>
    <message>
        <source>BELUM TEPERCAYA</source>
        <translation>NOT YET TRUSTED</translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
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
        <source>  Catatan: tanda tangan (objek %1) tidak terdaftar di /Fields formulir
</source>
        <translation>  Note: the signature (object %1) is not listed in the form&apos;s /Fields
</translation>
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
        <source>stempel waktu tepercaya</source>
        <translation>trusted timestamp</translation>
    </message>
    <message>
        <source>stempel waktu yang belum dapat dipercaya</source>
        <translation>timestamp not yet trusted</translation>
    </message>
    <message>
        <source>diakui penanda tangan, tidak dipakai untuk menilai sertifikat</source>
        <translation>claimed by the signer, not used to assess the certificate</translation>
    </message>
    <message>
        <source>  Keutuhan: %1
</source>
        <translation>  Integrity: %1
</translation>
    </message>
    <message>
        <source>utuh, isi yang ditandatangani tidak berubah</source>
        <translation>intact, the signed content is unchanged</translation>
    </message>
    <message>
        <source>RUSAK</source>
        <translation>BROKEN</translation>
    </message>
    <message>
        <source>  Kepercayaan: %1
</source>
        <translation>  Trust: %1
</translation>
    </message>
    <message>
        <source>  Perubahan sesudahnya: %1
</source>
        <translation>  Later changes: %1
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
        <source>Kunci /%1 muncul lebih dari sekali di kamus tanda tangan; nilai ganda tidak diterima karena salah satunya dapat disisipkan tanpa ditandatangani</source>
        <translation>The key /%1 appears more than once in the signature dictionary; duplicate values are refused because one of them could be inserted without being signed</translation>
    </message>
    <message>
        <source>/ByteRange harus berisi tepat empat bilangan bulat</source>
        <translation>/ByteRange must contain exactly four integers</translation>
    </message>
    <message>
        <source>/ByteRange berisi angka negatif</source>
        <translation>/ByteRange contains a negative number</translation>
    </message>
    <message>
        <source>/ByteRange tidak dimulai dari awal berkas (byte 0), jadi awal berkas tidak ikut ditandatangani</source>
        <translation>/ByteRange does not start at the beginning of the file (byte 0), so the start of the file is not signed</translation>
    </message>
    <message>
        <source>Bagian-bagian /ByteRange tumpang tindih</source>
        <translation>The parts of /ByteRange overlap</translation>
    </message>
    <message>
        <source>/ByteRange melewati akhir berkas</source>
        <translation>/ByteRange goes past the end of the file</translation>
    </message>
    <message>
        <source>/Contents bukan string heksadesimal</source>
        <translation>/Contents is not a hexadecimal string</translation>
    </message>
    <message>
        <source>Celah /ByteRange (byte %1 sampai %2) tidak sama persis dengan /Contents tanda tangan ini (byte %3 sampai %4): ada byte di dalam celah yang tidak ikut ditandatangani</source>
        <translation>The /ByteRange gap (bytes %1 to %2) does not exactly match the /Contents of this signature (bytes %3 to %4): some bytes in the gap are not signed</translation>
    </message>
    <message>
        <source>Kamus tanda tangan tidak seluruhnya berada di bagian yang ditandatangani</source>
        <translation>The signature dictionary is not entirely inside the signed part</translation>
    </message>
    <message>
        <source>/Type kamus tanda tangan harus /Sig atau /DocTimeStamp</source>
        <translation>The /Type of the signature dictionary must be /Sig or /DocTimeStamp</translation>
    </message>
    <message>
        <source>/Filter harus /Adobe.PPKLite</source>
        <translation>/Filter must be /Adobe.PPKLite</translation>
    </message>
    <message>
        <source>/SubFilter stempel waktu dokumen harus /ETSI.RFC3161</source>
        <translation>The /SubFilter of a document timestamp must be /ETSI.RFC3161</translation>
    </message>
    <message>
        <source>/SubFilter &quot;%1&quot; tidak didukung (hanya ETSI.CAdES.detached dan adbe.pkcs7.detached)</source>
        <translation>/SubFilter &quot;%1&quot; is not supported (only ETSI.CAdES.detached and adbe.pkcs7.detached)</translation>
    </message>
    <message>
        <source>Stempel waktu dokumen (DocTimeStamp) belum dapat diperiksa</source>
        <translation>Document timestamps (DocTimeStamp) cannot be checked yet</translation>
    </message>
    <message>
        <source>Waktu, alasan dan lokasi penandatanganan tidak dibaca karena kamus tanda tangan tidak utuh ditandatangani</source>
        <translation>The signing time, reason and location were not read because the signature dictionary is not fully signed</translation>
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
        <translation>The server&apos;s answer is out of order</translation>
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
    <message numerus="yes">
        <source>Masih ada %n perubahan milik %1 yang belum terkirim ke server. Minta %1 masuk dan menyinkronkan dulu.</source>
        <translation>
            <numerusform>%1 still has %n change that has not been sent to the server. Ask %1 to sign in and sync first.</numerusform>
            <numerusform>%1 still has %n changes that have not been sent to the server. Ask %1 to sign in and sync first.</numerusform>
        </translation>
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
    <message>
        <source>Terjadi kesalahan pada server; coba lagi nanti.</source>
        <translation>An error occurred on the server; try again later.</translation>
    </message>
    <message>
        <source>Kolom %1 tidak dikenal atau jenis isinya salah</source>
        <translation>Field %1 is unknown or has the wrong type</translation>
    </message>
    <message>
        <source>Kolom %1 wajib diisi</source>
        <translation>Field %1 is required</translation>
    </message>
    <message>
        <source>Kolom %1 harus bilangan bulat</source>
        <translation>Field %1 must be an integer</translation>
    </message>
    <message>
        <source>Peran tidak dikenal: %1</source>
        <translation>Unknown role: %1</translation>
    </message>
    <message>
        <source>Hanya untuk admin OPD.</source>
        <translation>For OPD administrators only.</translation>
    </message>
    <message>
        <source>Perangkat tidak ditemukan di unit Anda.</source>
        <translation>Device not found in your unit.</translation>
    </message>
    <message>
        <source>Perangkat ini sudah dicabut dan tidak dapat disetujui lagi; daftarkan perangkat sebagai perangkat baru.</source>
        <translation>This device has been revoked and cannot be approved again; enrol it as a new device.</translation>
    </message>
    <message>
        <source>Isi permintaan harus objek JSON.</source>
        <translation>The request body must be a JSON object.</translation>
    </message>
    <message>
        <source>Nama pengguna dan kata sandi wajib diisi.</source>
        <translation>Username and password are required.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi tidak valid.</source>
        <translation>Invalid username or password.</translation>
    </message>
    <message>
        <source>ID perangkat harus 8–64 karakter berupa huruf, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>The device ID must have 8–64 characters: letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin OPD.</source>
        <translation>This account is disabled. Contact your OPD administrator.</translation>
    </message>
    <message>
        <source>Akun ini belum ditempatkan di unit kerja; hubungi admin OPD.</source>
        <translation>This account has not been assigned to a work unit yet; contact your OPD administrator.</translation>
    </message>
    <message>
        <source>Perangkat ini telah dicabut oleh admin OPD dan tidak dapat dipakai lagi untuk sinkronisasi.</source>
        <translation>This device has been revoked by the OPD administrator and can no longer be used to sync.</translation>
    </message>
    <message>
        <source>Sesi perangkat tidak berlaku lagi; masuk lagi dengan kata sandi.</source>
        <translation>The device session is no longer valid; sign in again with your password.</translation>
    </message>
    <message>
        <source>Token sesi dipakai ulang; semua sesi perangkat ini dicabut. Masuk lagi dengan kata sandi.</source>
        <translation>A session token was reused; all sessions of this device have been revoked. Sign in again with your password.</translation>
    </message>
    <message>
        <source>Kuota penyimpanan berkas unit kerja Anda tidak cukup: terpakai %1 MiB dari %2 MiB, berkas ini %3 MiB. Hubungi admin OPD.</source>
        <translation>Your work unit&apos;s file storage quota is not enough: %1 MiB of %2 MiB used, this file is %3 MiB. Contact your OPD administrator.</translation>
    </message>
    <message>
        <source>Permintaan tanpa token akses.</source>
        <translation>The request has no access token.</translation>
    </message>
    <message>
        <source>Server sibuk; coba lagi.</source>
        <translation>The server is busy; try again.</translation>
    </message>
    <message>
        <source>Token akses tidak berlaku.</source>
        <translation>The access token is not valid.</translation>
    </message>
    <message>
        <source>Token akses kedaluwarsa.</source>
        <translation>The access token has expired.</translation>
    </message>
    <message>
        <source>Token akses milik perangkat lain.</source>
        <translation>The access token belongs to another device.</translation>
    </message>
    <message>
        <source>Perangkat ini tidak disetujui untuk sinkronisasi.</source>
        <translation>This device is not approved for sync.</translation>
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
    <name>lontar::AdminDevicesPanel</name>
    <message>
        <source>Perangkat baru milik pegawai di unit Anda perlu disetujui sebelum dapat menyinkronkan data. Cabut perangkat yang hilang atau tidak dipakai lagi.</source>
        <translation>New devices of staff in your unit must be approved before they can sync data. Revoke devices that are lost or no longer used.</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Cabut…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Cabut perangkat</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <source>Cabut perangkat &quot;%1&quot; milik %2? Perangkat itu tidak dapat sinkron lagi, dan pencabutan tidak dapat dibatalkan.</source>
        <translation>Revoke device &quot;%1&quot; belonging to %2? The device will no longer be able to sync, and the revocation cannot be undone.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Perangkat &quot;%1&quot; milik %2 disetujui.</source>
        <translation>Device &quot;%1&quot; belonging to %2 has been approved.</translation>
    </message>
    <message>
        <source>Perangkat &quot;%1&quot; milik %2 dicabut.</source>
        <translation>Device &quot;%1&quot; belonging to %2 has been revoked.</translation>
    </message>
</context>
<context>
    <name>lontar::AdministrationPage</name>
    <message>
        <source>Unit organisasi</source>
        <translation>Organisation unit</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
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
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Ubah data…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Pilih unit untuk melihat pegawai di unit itu dan di bawahnya. Perubahan dikirim ke server lalu diterima semua perangkat saat sinkronisasi.</source>
        <translation>Choose a unit to see the staff in it and in the units below it. Changes are sent to the server, and every device receives them when it syncs.</translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <source>Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi tidak aktif pada sesi ini. Data di bawah hanya dapat dilihat.</source>
        <translation>User administration needs a connection to the server, but sync is not active in this session. The data below is read-only.</translation>
    </message>
    <message>
        <source>Menghubungi server… Administrasi pengguna memerlukan koneksi ke server; tombol aktif setelah terhubung.</source>
        <translation>Contacting the server… User administration needs a connection to the server; the buttons become active once connected.</translation>
    </message>
    <message>
        <source>Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi gagal: %1 Data di bawah hanya dapat dilihat.</source>
        <translation>User administration needs a connection to the server, but sync failed: %1 The data below is read-only.</translation>
    </message>
    <message>
        <source>Administrasi pengguna memerlukan koneksi ke server. Perangkat ini sedang tidak terhubung, jadi data di bawah hanya dapat dilihat. Tombol aktif kembali begitu koneksi pulih.</source>
        <translation>User administration needs a connection to the server. This device is offline, so the data below is read-only. The buttons become active again as soon as the connection is back.</translation>
    </message>
    <message>
        <source>Data di perangkat ini diperbarui pada sinkronisasi berikutnya.</source>
        <translation>The data on this device will be updated at the next sync.</translation>
    </message>
    <message>
        <source>Kunci akun</source>
        <translation>Lock account</translation>
    </message>
    <message>
        <source>Mengirim ke server…</source>
        <translation>Sending to the server…</translation>
    </message>
    <message>
        <source>Tersimpan di server. Memperbarui data di perangkat ini…</source>
        <translation>Saved on the server. Updating the data on this device…</translation>
    </message>
    <message>
        <source>Pengguna %1 ditambahkan. Saat pertama kali masuk, perangkatnya perlu terhubung ke server.</source>
        <translation>User %1 added. For their first sign-in, their device must be connected to the server.</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Data %1 diperbarui.</source>
        <translation>Details of %1 updated.</translation>
    </message>
    <message>
        <source>Kata sandi %1 telah diatur ulang. Yang bersangkutan masuk dengan kata sandi baru saat perangkatnya terhubung ke server.</source>
        <translation>The password of %1 has been reset. They sign in with the new password while their device is connected to the server.</translation>
    </message>
    <message>
        <source>Kunci akun %1 telah dibuka.</source>
        <translation>The account of %1 has been unlocked.</translation>
    </message>
    <message>
        <source>Akun %1 dikunci sampai dibuka kembali oleh admin.</source>
        <translation>The account of %1 is locked until an administrator unlocks it.</translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan.</source>
        <translation>The account of %1 has been disabled.</translation>
    </message>
    <message>
        <source>Akun %1 diaktifkan.</source>
        <translation>The account of %1 has been enabled.</translation>
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
        <translation>
            <numerusform>✔ Audit log intact (%n entry verified)</numerusform>
            <numerusform>✔ Audit log intact (%n entries verified)</numerusform>
        </translation>
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
        <translation>
            <numerusform>Hash chain intact: %n entry checked, none altered or deleted.</numerusform>
            <numerusform>Hash chain intact: %n entries checked, none altered or deleted.</numerusform>
        </translation>
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
    <name>lontar::ConflictsModel</name>
    <message>
        <source>Jenis data</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Ditolak pada</source>
        <translation>Rejected at</translation>
    </message>
    <message>
        <source>Diketahui pada</source>
        <translation>Detected at</translation>
    </message>
</context>
<context>
    <name>lontar::DeviceListModel</name>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Nama perangkat</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation>Enrolled</translation>
    </message>
</context>
<context>
    <name>lontar::EntityPolicy</name>
    <message>
        <source>Unit kerja data ini di luar wewenang Anda</source>
        <translation>This data&apos;s work unit is outside your authority</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan data melebihi izin akses Anda</source>
        <translation>The data&apos;s security classification is above your clearance</translation>
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
    <name>lontar::FieldComparisonModel</name>
    <message>
        <source>(dihapus di server)</source>
        <translation>(deleted on the server)</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Versi saya (perangkat ini)</source>
        <translation>My version (this device)</translation>
    </message>
    <message>
        <source>Versi server</source>
        <translation>Server version</translation>
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
    <message>
        <source>Menghubungi server… Kata sandi Anda diperiksa oleh server.</source>
        <translation>Contacting the server… Your password is checked by the server.</translation>
    </message>
    <message>
        <source>Perangkat ini belum mengenal pengguna mana pun. Masuk pertama kali memerlukan koneksi ke server; hubungi admin OPD untuk menyambungkan perangkat ini.</source>
        <translation>This device does not know any users yet. The first sign-in needs a connection to the server; contact your OPD administrator to connect this device.</translation>
    </message>
    <message>
        <source>Setelah admin OPD menindaklanjutinya, masuk lagi dengan kata sandi yang sama.</source>
        <translation>Once the OPD administrator has dealt with this, sign in again with the same password.</translation>
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
    <message>
        <source>&amp;Sinkronisasi</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
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
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lontar::PendingChangesModel</name>
    <message>
        <source>(data yang dihapus)</source>
        <translation>(deleted data)</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Jenis data</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
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
    <name>lontar::SecurityClass</name>
    <message>
        <source>Biasa</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>Terbatas</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Rahasia</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Sangat Rahasia</source>
        <translation>Top Secret</translation>
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
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
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
        <source>Token &quot;%1&quot; tidak ditemukan</source>
        <translation>Token &quot;%1&quot; not found</translation>
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
    <name>lontar::SyncEngineConnection</name>
    <message>
        <source>Server tidak dapat dihubungi. Periksa koneksi jaringan, lalu coba lagi.</source>
        <translation>The server cannot be reached. Check the network connection, then try again.</translation>
    </message>
</context>
<context>
    <name>lontar::SyncPage</name>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Perubahan yang Anda buat disimpan dulu di perangkat ini, lalu dikirim ke server setiap kali terhubung. Di sini terlihat apa yang belum terkirim dan apa yang perlu keputusan Anda.</source>
        <translation>Changes you make are saved on this device first, then sent to the server whenever it is connected. Here you can see what has not been sent yet and what needs your decision.</translation>
    </message>
    <message>
        <source>Perubahan berikut tersimpan aman di perangkat ini dan akan dikirim otomatis saat terhubung ke server.</source>
        <translation>The following changes are safely stored on this device and will be sent automatically when it connects to the server.</translation>
    </message>
    <message>
        <source>✔ Semua perubahan sudah terkirim ke server.</source>
        <translation>✔ All changes have been sent to the server.</translation>
    </message>
    <message>
        <source>Data berikut diubah di perangkat ini dan juga oleh orang lain di server sejak sinkronisasi terakhir. Bandingkan kedua versi, lalu pilih yang dipakai.</source>
        <translation>The following data was changed on this device and also by someone else on the server since the last sync. Compare the two versions, then choose which one to use.</translation>
    </message>
    <message>
        <source>Perbandingan isian</source>
        <translation>Field comparison</translation>
    </message>
    <message>
        <source>✔ Tidak ada konflik. Tidak ada data yang perlu Anda pilih.</source>
        <translation>✔ No conflicts. There is nothing for you to choose.</translation>
    </message>
    <message>
        <source>Pakai versi saya</source>
        <translation>Use my version</translation>
    </message>
    <message>
        <source>Versi di perangkat ini dikirim lagi dan menggantikan versi server.</source>
        <translation>The version on this device is sent again and replaces the server version.</translation>
    </message>
    <message>
        <source>Pakai versi server</source>
        <translation>Use server version</translation>
    </message>
    <message>
        <source>Perubahan Anda dibuang; perangkat ini memakai versi server.</source>
        <translation>Your changes are discarded; this device uses the server version.</translation>
    </message>
    <message>
        <source>Server tidak menerima perubahan berikut, sehingga perubahan itu tidak berlaku. Baca alasannya, perbaiki bila perlu, lalu tutup.</source>
        <translation>The server did not accept the following changes, so they do not take effect. Read the reason, correct the data if needed, then dismiss the notice.</translation>
    </message>
    <message>
        <source>✔ Tidak ada perubahan yang ditolak server.</source>
        <translation>✔ No changes were rejected by the server.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Hapus pemberitahuan ini dari daftar.</source>
        <translation>Remove this notice from the list.</translation>
    </message>
    <message>
        <source>Sinkronisasi tidak aktif pada sesi ini; perubahan tetap tersimpan di perangkat.</source>
        <translation>Sync is not active in this session; changes stay saved on the device.</translation>
    </message>
    <message>
        <source>Menunggu dikirim (%1)</source>
        <translation>Pending (%1)</translation>
    </message>
    <message>
        <source>Konflik (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Ditolak server (%1)</source>
        <translation>Rejected by server (%1)</translation>
    </message>
    <message>
        <source>Ditampilkan %1 perubahan terlama dari %2. Semuanya tersimpan aman di perangkat ini dan akan dikirim otomatis saat terhubung ke server.</source>
        <translation>Showing the %1 oldest of %2 changes. All of them are safely stored on this device and will be sent automatically when it connects to the server.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Alasan dari server: %3&lt;br&gt;Perubahan ini tidak berlaku; data di perangkat ini sudah dikembalikan seperti yang ada di server.</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Reason from the server: %3&lt;br&gt;This change did not take effect; the data on this device has been restored to what is on the server.</translation>
    </message>
    <message>
        <source>Versi Anda dipakai dan sedang dikirim ke server.</source>
        <translation>Your version is kept and is being sent to the server.</translation>
    </message>
    <message>
        <source>Versi Anda dipakai dan dikirim saat terhubung ke server.</source>
        <translation>Your version is kept and will be sent when connected to the server.</translation>
    </message>
    <message>
        <source>Versi server dipakai; perubahan Anda di perangkat ini dibuang.</source>
        <translation>The server version is used; your changes on this device were discarded.</translation>
    </message>
    <message>
        <source>Pemberitahuan penolakan ditutup.</source>
        <translation>Rejection notice dismissed.</translation>
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
        <translation>
            <numerusform>Offline — %n change pending</numerusform>
            <numerusform>Offline — %n changes pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daring — %n perubahan menunggu</source>
        <translation>
            <numerusform>Online — %n change pending</numerusform>
            <numerusform>Online — %n changes pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Daring — tersinkron %1</source>
        <translation>Online — synced %1</translation>
    </message>
    <message numerus="yes">
        <source>Menyinkronkan… (%n perubahan menunggu)</source>
        <translation>
            <numerusform>Syncing… (%n change pending)</numerusform>
            <numerusform>Syncing… (%n changes pending)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sinkronisasi gagal: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Luring — semua perubahan terkirim</source>
        <translation>Offline — all changes sent</translation>
    </message>
    <message>
        <source>Menyinkronkan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sinkronisasi terakhir: %1. Klik untuk melihat rinciannya.</source>
        <translation>Last sync: %1. Click for details.</translation>
    </message>
</context>
<context>
    <name>lontar::SyncText</name>
    <message>
        <source>Riwayat tanda tangan</source>
        <translation>Signing history</translation>
    </message>
    <message>
        <source>Data pegawai</source>
        <translation>Employee data</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Produk e-katalog</source>
        <translation>E-catalogue product</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
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
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Izin akses</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>Versi kata sandi</source>
        <translation>Password version</translation>
    </message>
    <message>
        <source>Nama dokumen</source>
        <translation>Document name</translation>
    </message>
    <message>
        <source>Sidik dokumen asli</source>
        <translation>Original document fingerprint</translation>
    </message>
    <message>
        <source>Sidik dokumen bertanda tangan</source>
        <translation>Signed document fingerprint</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tingkat tanda tangan</source>
        <translation>Signature level</translation>
    </message>
    <message>
        <source>Keterangan kesalahan</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>Waktu tanda tangan</source>
        <translation>Signing time</translation>
    </message>
    <message>
        <source>Diterima server</source>
        <translation>Received by server</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Nama penanda tangan</source>
        <translation>Signer name</translation>
    </message>
    <message>
        <source>NIP penanda tangan</source>
        <translation>Signer NIP</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Security classification</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Berhasil ditandatangani</source>
        <translation>Signed successfully</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>(tanpa keterangan)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>Server menolak perubahan ini tanpa menyebut alasannya.</source>
        <translation>The server rejected this change without giving a reason.</translation>
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
    <message>
        <source>Ubah data pengguna</source>
        <translation>Edit user details</translation>
    </message>
    <message>
        <source>Izin akses dokumen</source>
        <translation>Document clearance</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lontar::directory::ServerWrittenPolicy</name>
    <message>
        <source>Direktori pegawai hanya diubah oleh admin melalui server</source>
        <translation>The staff directory is changed only by administrators, through the server</translation>
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
        <translation>
            <numerusform>Done: %n document.</numerusform>
            <numerusform>Done: %n documents.</numerusform>
        </translation>
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
    <message>
        <source>Gagal menandatangani</source>
        <translation>Signing failed</translation>
    </message>
    <message>
        <source>Belum tepercaya</source>
        <translation>Not yet trusted</translation>
    </message>
    <message>
        <source>Ada revisi bertanda tangan</source>
        <translation>Later signed revisions</translation>
    </message>
    <message>
        <source>Penandatanganan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Signing cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::PdfPageView</name>
    <message>
        <source>QR  Ditandatangani secara elektronik</source>
        <translation>QR  Signed electronically</translation>
    </message>
</context>
<context>
    <name>lontar::esign::SigningHistoryPolicy</name>
    <message>
        <source>Riwayat tanda tangan tidak dapat dihapus</source>
        <translation>Signing history cannot be deleted</translation>
    </message>
    <message>
        <source>Riwayat tanda tangan hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Signing history can only be recorded in your own name</translation>
    </message>
    <message>
        <source>Unit kerja pada riwayat tidak sesuai dengan unit Anda</source>
        <translation>The work unit in the history record does not match your unit</translation>
    </message>
    <message>
        <source>Penandatanganan yang berhasil harus menyebut hash berkas hasil</source>
        <translation>A successful signing must state the hash of the output file</translation>
    </message>
    <message>
        <source>Penandatanganan yang gagal harus menyebut alasannya</source>
        <translation>A failed signing must state the reason</translation>
    </message>
</context>
<context>
    <name>lontar::server::MutationWriter</name>
    <message>
        <source>Jenis data %1 tidak dikenal server</source>
        <translation>The server does not know data type %1</translation>
    </message>
    <message>
        <source>Kode data harus UUID</source>
        <translation>The data ID must be a UUID</translation>
    </message>
    <message>
        <source>Data terlalu besar</source>
        <translation>The data is too large</translation>
    </message>
    <message>
        <source>Data ini hanya diubah oleh server</source>
        <translation>This data is changed only by the server</translation>
    </message>
    <message>
        <source>Anda tidak berwenang mengubah data ini</source>
        <translation>You are not authorised to change this data</translation>
    </message>
    <message>
        <source>Data ini tidak dapat dihapus</source>
        <translation>This data cannot be deleted</translation>
    </message>
    <message>
        <source>Berkas yang dirujuk belum diunggah oleh unit Anda</source>
        <translation>The referenced file has not been uploaded by your unit</translation>
    </message>
</context>
<context>
    <name>lontar::sync::OnlineLogin</name>
    <message>
        <source>Server tidak dapat dihubungi. Masuk pertama kali di perangkat ini memerlukan koneksi ke server.</source>
        <translation>The server cannot be reached. The first sign-in on this device needs a connection to the server.</translation>
    </message>
    <message>
        <source>Server menerima kata sandi Anda, tetapi data pegawai belum diterima. Coba lagi.</source>
        <translation>The server accepted your password, but the employee data has not been received yet. Try again.</translation>
    </message>
</context>
<context>
    <name>lontar::sync::SyncWorker</name>
    <message>
        <source>Sinkronisasi belum berjalan</source>
        <translation>Sync is not running yet</translation>
    </message>
</context>
</TS>
