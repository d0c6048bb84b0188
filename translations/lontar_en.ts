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
    <name>BatchSigner</name>
    <message>
        <source>berkas hasil %1 sudah ada; dilewati</source>
        <translation>output file %1 already exists; skipped</translation>
    </message>
    <message>
        <source>berkas hasil %1 sudah ada</source>
        <translation>output file %1 already exists</translation>
    </message>
    <message>
        <source>berkas hasil tidak dapat ditulis: %1</source>
        <translation>cannot write output file: %1</translation>
    </message>
    <message>
        <source>PDF tidak dapat ditandatangani: %1</source>
        <translation>cannot sign the PDF: %1</translation>
    </message>
    <message>
        <source>tanda tangan gagal dibuat: %1</source>
        <translation>could not create the signature: %1</translation>
    </message>
    <message>
        <source>Tidak ada dokumen PDF untuk ditandatangani</source>
        <translation>There are no PDF documents to sign</translation>
    </message>
    <message>
        <source>Ditandatangani %1 dari %2 dokumen</source>
        <translation>Signed %1 of %2 documents</translation>
    </message>
    <message>
        <source>; %1 gagal</source>
        <translation>; %1 failed</translation>
    </message>
    <message>
        <source>; %1 dilewati karena hasilnya sudah ada</source>
        <translation>; %1 skipped because the output already exists</translation>
    </message>
    <message>
        <source>; %1 tidak diproses karena dibatalkan</source>
        <translation>; %1 not processed because of cancellation</translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <translation>- %1: %2</translation>
    </message>
    <message>
        <source>%1 dokumen tanpa penanda, stempel di kanan bawah halaman terakhir: %2</source>
        <translation>%1 documents without a marker, stamped at the bottom right of the last page: %2</translation>
    </message>
    <message>
        <source>Folder %1 tidak ada</source>
        <translation>Folder %1 does not exist</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibaca</source>
        <translation>Cannot read folder %1</translation>
    </message>
    <message>
        <source>Folder hasil belum dipilih</source>
        <translation>No output folder has been chosen</translation>
    </message>
    <message>
        <source>Ukuran stempel terlalu kecil (minimal 20×20 pt)</source>
        <translation>The stamp is too small (at least 20×20 pt)</translation>
    </message>
    <message>
        <source>Folder hasil harus berbeda dari folder dokumen asli</source>
        <translation>The output folder must differ from the folder of originals</translation>
    </message>
    <message>
        <source>Folder hasil %1 tidak dapat dibuat</source>
        <translation>Cannot create output folder %1</translation>
    </message>
    <message>
        <source>nama berkas hasil %1 sama dengan hasil dokumen lain dalam kumpulan ini</source>
        <translation>output file name %1 is the same as the output of another document in this batch</translation>
    </message>
    <message>
        <source>penggunaan: lontar-cli sign (--key FILE.p12 --pass-env VAR | --pkcs11 MODULE.so --token LABEL --pin-env VAR) --in-dir FOLDER --out-dir FOLDER [--anchor TEKS] [--overwrite | --skip-existing] [--name --nip --position] [--reason TEKS] [--location TEKS] [--tsa URL]
--in-dir tidak dapat digabung dengan --in, --out, --page atau --rect: stempel diletakkan menurut penanda.</source>
        <translation>usage: lontar-cli sign (--key FILE.p12 --pass-env VAR | --pkcs11 MODULE.so --token LABEL --pin-env VAR) --in-dir FOLDER --out-dir FOLDER [--anchor TEXT] [--overwrite | --skip-existing] [--name --nip --position] [--reason TEXT] [--location TEXT] [--tsa URL]
--in-dir cannot be combined with --in, --out, --page or --rect: the stamp is placed at the marker.</translation>
    </message>
    <message>
        <source>sign: --in-dir membuat tanda tangan B-B, atau B-T dengan --tsa; tingkat lain belum didukung untuk banyak dokumen</source>
        <translation>sign: --in-dir creates B-B signatures, or B-T with --tsa; other levels are not yet supported for multiple documents</translation>
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
    <message>
        <source>Rujukan berkas tidak sah</source>
        <translation>Invalid file reference</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dihapus</source>
        <translation>File %1 cannot be deleted</translation>
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
    <name>LongTermSigner</name>
    <message>
        <source>sign: --level harus B-B, B-T, B-LT atau B-LTA</source>
        <translation>sign: --level must be B-B, B-T, B-LT or B-LTA</translation>
    </message>
    <message>
        <source>sign: tingkat %1 memerlukan server stempel waktu: berikan --tsa URL</source>
        <translation>sign: level %1 needs a timestamp server: give --tsa URL</translation>
    </message>
    <message>
        <source>objek %1 bukan stream</source>
        <translation>object %1 is not a stream</translation>
    </message>
    <message>
        <source>Tanda tangan yang baru dibuat tidak dapat dibaca</source>
        <translation>The newly created signature cannot be read</translation>
    </message>
    <message>
        <source>Tanda tangan yang baru dibuat tidak memiliki stempel waktu</source>
        <translation>The newly created signature has no timestamp</translation>
    </message>
    <message>
        <source>Stempel waktu tanda tangan tidak dapat dibaca</source>
        <translation>The signature&apos;s timestamp cannot be read</translation>
    </message>
    <message>
        <source>Sertifikat server stempel waktu tidak ada di dalam stempel waktu; validasi jangka panjang memerlukannya</source>
        <translation>The timestamp server&apos;s certificate is missing from the timestamp; long-term validation needs it</translation>
    </message>
    <message>
        <source>Sertifikat %1 &quot;%2&quot; telah dicabut (%3). Dokumen tidak ditandatangani dan tidak ada berkas yang ditulis.</source>
        <translation>Certificate %1 &quot;%2&quot; has been revoked (%3). The document was not signed and no file was written.</translation>
    </message>
    <message>
        <source>Status pencabutan sertifikat %1 &quot;%2&quot; tidak dapat dipastikan: %3. Dokumen tidak ditandatangani dan tidak ada berkas yang ditulis.</source>
        <translation>The revocation status of certificate %1 &quot;%2&quot; cannot be confirmed: %3. The document was not signed and no file was written.</translation>
    </message>
    <message>
        <source>tidak ada keterangan</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>Berkas hasil %1 tidak dapat ditulisi</source>
        <translation>Cannot write output file %1</translation>
    </message>
    <message>
        <source>Berkas sementara tidak dapat dibaca</source>
        <translation>Cannot read the temporary file</translation>
    </message>
    <message>
        <source>Disk penuh: berkas hasil tidak ditulis</source>
        <translation>Disk full: the output file was not written</translation>
    </message>
    <message>
        <source>Dokumen tidak memiliki halaman</source>
        <translation>The document has no pages</translation>
    </message>
    <message>
        <source>Dokumen terlalu besar</source>
        <translation>The document is too large</translation>
    </message>
    <message>
        <source>Stempel waktu dokumen (%1 byte) melebihi ruang yang disediakan (%2 byte)</source>
        <translation>The document timestamp (%1 bytes) exceeds the reserved space (%2 bytes)</translation>
    </message>
    <message>
        <source>penanda tangan</source>
        <translation>signer</translation>
    </message>
    <message>
        <source>Tingkat %1 memerlukan alamat server stempel waktu (TSA); dokumen tidak ditandatangani</source>
        <translation>Level %1 needs a timestamp server (TSA) address; the document was not signed</translation>
    </message>
    <message>
        <source>Berkas hasil harus berbeda dari berkas asli; dokumen asli tidak pernah diubah</source>
        <translation>The output file must differ from the original; originals are never modified</translation>
    </message>
    <message>
        <source>Folder sementara tidak dapat dibuat</source>
        <translation>Cannot create the temporary folder</translation>
    </message>
    <message>
        <source>Tanda tangan yang baru dibuat tidak ditemukan</source>
        <translation>The newly created signature was not found</translation>
    </message>
    <message>
        <source>server stempel waktu &quot;%1&quot;</source>
        <translation>timestamp server &quot;%1&quot;</translation>
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
    <name>ModificationAnalysis</name>
    <message>
        <source>katalog dokumen diganti dengan objek lain (objek %1)</source>
        <translation>document catalogue replaced by another object (object %1)</translation>
    </message>
    <message>
        <source>trailer diubah: /%1</source>
        <translation>trailer changed: /%1</translation>
    </message>
    <message>
        <source>susunan halaman diubah (%1 halaman menjadi %2 halaman, atau urutannya berganti)</source>
        <translation>page arrangement changed (%1 pages became %2 pages, or their order changed)</translation>
    </message>
    <message>
        <source>pohon halaman (page tree) diubah (objek %1)</source>
        <translation>page tree changed (object %1)</translation>
    </message>
    <message>
        <source>objek %1 dihapus</source>
        <translation>object %1 deleted</translation>
    </message>
    <message>
        <source>objek %1 dihapus (%2)</source>
        <translation>object %1 deleted (%2)</translation>
    </message>
    <message>
        <source>halaman %1: isi halaman diubah (objek %2)</source>
        <translation>page %1: page content changed (object %2)</translation>
    </message>
    <message>
        <source>halaman %1: font, gambar atau sumber daya lain yang dipakai halaman diubah (objek %2)</source>
        <translation>page %1: fonts, images or other resources used by the page changed (object %2)</translation>
    </message>
    <message>
        <source>objek %1 diubah</source>
        <translation>object %1 changed</translation>
    </message>
    <message>
        <source>%1 diubah (objek %2)</source>
        <translation>%1 changed (object %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n objek disimpan ulang tanpa perubahan</source>
        <translation>
            <numerusform>%n object saved again without changes</numerusform>
            <numerusform>%n objects saved again without changes</numerusform>
        </translation>
    </message>
    <message>
        <source>objek %1 di revisi ini tidak dapat dibaca</source>
        <translation>object %1 in this revision cannot be read</translation>
    </message>
    <message>
        <source>xref revisi ini mengarahkan objek %1 ke isi lama di byte %2, di dalam revisi sebelumnya</source>
        <translation>this revision&apos;s xref points object %1 to old content at byte %2, inside an earlier revision</translation>
    </message>
    <message>
        <source>pohon halaman diganti di katalog dokumen (objek %1)</source>
        <translation>page tree replaced in the document catalogue (object %1)</translation>
    </message>
    <message>
        <source>katalog dokumen diubah: /%1 (objek %2)</source>
        <translation>document catalogue changed: /%1 (object %2)</translation>
    </message>
    <message>
        <source>data validasi jangka panjang (DSS) dihapus dari katalog (objek %1)</source>
        <translation>long-term validation data (DSS) removed from the catalogue (object %1)</translation>
    </message>
    <message>
        <source>data validasi jangka panjang (DSS) ditambahkan</source>
        <translation>long-term validation data (DSS) added</translation>
    </message>
    <message>
        <source>data validasi jangka panjang (DSS) diperbarui</source>
        <translation>long-term validation data (DSS) updated</translation>
    </message>
    <message>
        <source>formulir (AcroForm) dihapus dari katalog (objek %1)</source>
        <translation>form (AcroForm) removed from the catalogue (object %1)</translation>
    </message>
    <message>
        <source>sumber daya formulir (/DR) ditambah</source>
        <translation>form resources (/DR) added</translation>
    </message>
    <message>
        <source>sumber daya formulir (/DR) diubah (objek %1)</source>
        <translation>form resources (/DR) changed (object %1)</translation>
    </message>
    <message>
        <source>formulir meminta tampilan field dibuat ulang (/NeedAppearances)</source>
        <translation>the form asks for field appearances to be regenerated (/NeedAppearances)</translation>
    </message>
    <message>
        <source>formulir (AcroForm) diubah: /%1 (objek %2)</source>
        <translation>form (AcroForm) changed: /%1 (object %2)</translation>
    </message>
    <message>
        <source>field formulir dihapus dari daftar /Fields (objek %1)</source>
        <translation>form field removed from the /Fields list (object %1)</translation>
    </message>
    <message>
        <source>objek %1 yang sudah ada dijadikan field formulir baru</source>
        <translation>existing object %1 turned into a new form field</translation>
    </message>
    <message>
        <source>field baru &apos;%1&apos; memakai objek yang sudah ada sebagai widget (objek %2)</source>
        <translation>new field &apos;%1&apos; uses an existing object as its widget (object %2)</translation>
    </message>
    <message>
        <source>field formulir baru &apos;%1&apos; yang bukan field tanda tangan (objek %2)</source>
        <translation>new form field &apos;%1&apos; that is not a signature field (object %2)</translation>
    </message>
    <message>
        <source>field tanda tangan kosong baru &apos;%1&apos; (objek %2) menggambar tampilan di halaman tanpa tanda tangan yang menjaminnya</source>
        <translation>new empty signature field &apos;%1&apos; (object %2) draws an appearance on the page with no signature to vouch for it</translation>
    </message>
    <message>
        <source>field tanda tangan kosong baru &apos;%1&apos; (objek %2)</source>
        <translation>new empty signature field &apos;%1&apos; (object %2)</translation>
    </message>
    <message>
        <source>field tanda tangan kosong baru &apos;%1&apos; (objek %2), padahal sertifikasi tingkat P=1 tidak mengizinkan perubahan apa pun</source>
        <translation>new empty signature field &apos;%1&apos; (object %2), although certification level P=1 allows no changes at all</translation>
    </message>
    <message>
        <source>field tanda tangan &apos;%1&apos; menunjuk nilai yang bukan kamus tanda tangan baru (objek %2)</source>
        <translation>signature field &apos;%1&apos; points to a value that is not a new signature dictionary (object %2)</translation>
    </message>
    <message>
        <source>stempel waktu dokumen baru (objek %1)</source>
        <translation>new document timestamp (object %1)</translation>
    </message>
    <message>
        <source>tanda tangan baru &apos;%1&apos; (objek %2), padahal sertifikasi tingkat P=1 tidak mengizinkan perubahan apa pun</source>
        <translation>new signature &apos;%1&apos; (object %2), although certification level P=1 allows no changes at all</translation>
    </message>
    <message>
        <source>field tanda tangan &apos;%1&apos; yang sudah disiapkan ditandatangani (objek %2)</source>
        <translation>prepared signature field &apos;%1&apos; signed (object %2)</translation>
    </message>
    <message>
        <source>tanda tangan baru &apos;%1&apos; (objek %2)</source>
        <translation>new signature &apos;%1&apos; (object %2)</translation>
    </message>
    <message>
        <source>tampilan field tanda tangan &apos;%1&apos; diperbarui (objek %2)</source>
        <translation>appearance of signature field &apos;%1&apos; updated (object %2)</translation>
    </message>
    <message>
        <source>tampilan field tanda tangan &apos;%1&apos; diubah (objek %2)</source>
        <translation>appearance of signature field &apos;%1&apos; changed (object %2)</translation>
    </message>
    <message>
        <source>tanda tangan pada field &apos;%1&apos; diganti atau dihapus (objek %2)</source>
        <translation>signature in field &apos;%1&apos; replaced or removed (object %2)</translation>
    </message>
    <message>
        <source>field tanda tangan &apos;%1&apos; diubah: %2 (objek %3)</source>
        <translation>signature field &apos;%1&apos; changed: %2 (object %3)</translation>
    </message>
    <message>
        <source>isian field formulir &apos;%1&apos; diubah (objek %2)</source>
        <translation>value of form field &apos;%1&apos; changed (object %2)</translation>
    </message>
    <message>
        <source>field formulir &apos;%1&apos; diubah: %2 (objek %3)</source>
        <translation>form field &apos;%1&apos; changed: %2 (object %3)</translation>
    </message>
    <message>
        <source>halaman %1: sumber daya halaman (font, gambar) diubah (objek %2)</source>
        <translation>page %1: page resources (fonts, images) changed (object %2)</translation>
    </message>
    <message>
        <source>halaman %1: /%2 diubah (objek %3)</source>
        <translation>page %1: /%2 changed (object %3)</translation>
    </message>
    <message>
        <source>anotasi langsung di halaman %1 diubah (objek %2)</source>
        <translation>annotation written directly in page %1 changed (object %2)</translation>
    </message>
    <message>
        <source>halaman %1: widget field formulir dipindahkan ke halaman ini (objek %2)</source>
        <translation>page %1: form field widget moved to this page (object %2)</translation>
    </message>
    <message>
        <source>anotasi baru (%1) di halaman %2 (objek %3)</source>
        <translation>new annotation (%1) on page %2 (object %3)</translation>
    </message>
    <message>
        <source>halaman %1: widget field formulir dihapus dari halaman (objek %2)</source>
        <translation>page %1: form field widget removed from the page (object %2)</translation>
    </message>
    <message>
        <source>anotasi dihapus dari halaman %1 (objek %2)</source>
        <translation>annotation removed from page %1 (object %2)</translation>
    </message>
    <message>
        <source>anotasi diubah di halaman %1 (objek %2)</source>
        <translation>annotation changed on page %1 (object %2)</translation>
    </message>
    <message>
        <source>tampilan field &apos;%1&apos; diubah (objek %2)</source>
        <translation>appearance of field &apos;%1&apos; changed (object %2)</translation>
    </message>
    <message>
        <source>tampilan anotasi di halaman %1 diubah (objek %2)</source>
        <translation>appearance of an annotation on page %1 changed (object %2)</translation>
    </message>
    <message>
        <source>objek %1, yang sudah dirujuk di revisi sebelumnya tetapi belum ada, kini diisi</source>
        <translation>object %1, already referenced in an earlier revision but not yet present, is now filled in</translation>
    </message>
    <message>
        <source>katalog dokumen</source>
        <translation>document catalogue</translation>
    </message>
    <message>
        <source>informasi dokumen (/Info)</source>
        <translation>document information (/Info)</translation>
    </message>
    <message>
        <source>halaman %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>isi halaman %1</source>
        <translation>content of page %1</translation>
    </message>
    <message>
        <source>sumber daya halaman %1</source>
        <translation>resources of page %1</translation>
    </message>
    <message>
        <source>anotasi di halaman %1</source>
        <translation>annotations on page %1</translation>
    </message>
    <message>
        <source>pohon halaman</source>
        <translation>page tree</translation>
    </message>
    <message>
        <source>field formulir &apos;%1&apos;</source>
        <translation>form field &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bagian katalog /%1</source>
        <translation>catalogue entry /%1</translation>
    </message>
    <message>
        <source>diizinkan</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>TIDAK DIIZINKAN</source>
        <translation>NOT ALLOWED</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>revisi %1 (%2): %3 — %4</source>
        <translation>revision %1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>ditandatangani</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>tanpa tanda tangan</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>Berkas tidak memiliki tabel referensi silang (xref)</source>
        <translation>The file has no cross-reference table (xref)</translation>
    </message>
    <message>
        <source>Tanda tangan ini meminta sertifikasi (DocMDP), padahal sertifikasi hanya sah sebagai tanda tangan pertama dokumen; diperlakukan sebagai tanda tangan persetujuan</source>
        <translation>This signature asks for certification (DocMDP), but certification is only valid as the document&apos;s first signature; treated as an approval signature</translation>
    </message>
    <message>
        <source>Katalog dokumen tidak menunjuk tanda tangan sertifikasi ini di /Perms /DocMDP</source>
        <translation>The document catalogue does not point to this certification signature in /Perms /DocMDP</translation>
    </message>
    <message>
        <source>revisi yang ditandatangani tidak lagi menjadi dasar dokumen: rantai xref sesudahnya tidak melewatinya</source>
        <translation>the signed revision is no longer the basis of the document: the later xref chain does not pass through it</translation>
    </message>
    <message>
        <source>%1 byte ditambahkan di akhir berkas sesudah revisi terakhir, tanpa tanda tangan</source>
        <translation>%1 bytes added at the end of the file after the last revision, unsigned</translation>
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
    <message>
        <source>Tingkat sertifikasi harus 0 (tanpa sertifikasi), 1, 2 atau 3</source>
        <translation>The certification level must be 0 (no certification), 1, 2 or 3</translation>
    </message>
    <message>
        <source>Dokumen ini sudah memiliki tanda tangan, jadi tidak dapat disertifikasi: tanda tangan sertifikasi harus menjadi tanda tangan pertama. Tandatangani tanpa sertifikasi.</source>
        <translation>This document already has a signature, so it cannot be certified: a certification signature must be the first signature. Sign without certification.</translation>
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
    <message>
        <source>Akun kios hanya untuk absensi, tetapi modul absensi tidak terpasang pada aplikasi ini.</source>
        <translation>Kiosk accounts are for attendance only, but the attendance module is not installed in this application.</translation>
    </message>
</context>
<context>
    <name>Revocation</name>
    <message>
        <source>belum dicabut pada %1 (%2; dicabut kemudian pada %3)</source>
        <translation>not yet revoked at %1 (%2; revoked later on %3)</translation>
    </message>
    <message>
        <source>DICABUT sejak %1 (%2)</source>
        <translation>REVOKED since %1 (%2)</translation>
    </message>
    <message>
        <source>respons OCSP tidak dapat dibaca</source>
        <translation>the OCSP response cannot be read</translation>
    </message>
    <message>
        <source>server OCSP menolak menjawab (status %1)</source>
        <translation>the OCSP server refused to answer (status %1)</translation>
    </message>
    <message>
        <source>respons OCSP tidak berisi jawaban dasar</source>
        <translation>the OCSP response contains no basic response</translation>
    </message>
    <message>
        <source>penanda tangan respons OCSP tidak ditemukan</source>
        <translation>the signer of the OCSP response was not found</translation>
    </message>
    <message>
        <source>respons OCSP tidak ditandatangani oleh penerbit sertifikat atau oleh responder yang ditunjuk penerbit itu</source>
        <translation>the OCSP response is not signed by the certificate&apos;s issuer or by a responder that issuer designated</translation>
    </message>
    <message>
        <source>tanda tangan respons OCSP tidak sah</source>
        <translation>the OCSP response signature is not valid</translation>
    </message>
    <message>
        <source>sertifikat responder OCSP tidak berlaku saat respons dibuat</source>
        <translation>the OCSP responder certificate was not valid when the response was produced</translation>
    </message>
    <message>
        <source>nonce respons OCSP tidak cocok dengan permintaan</source>
        <translation>the OCSP response nonce does not match the request</translation>
    </message>
    <message>
        <source>waktu respons OCSP tidak masuk akal (%1)</source>
        <translation>the OCSP response time is implausible (%1)</translation>
    </message>
    <message>
        <source>OCSP %1</source>
        <translation>OCSP %1</translation>
    </message>
    <message>
        <source>server OCSP tidak mengenal sertifikat ini</source>
        <translation>the OCSP server does not know this certificate</translation>
    </message>
    <message>
        <source>respons OCSP bertanggal %1 tidak berlaku untuk %2</source>
        <translation>the OCSP response dated %1 does not apply to %2</translation>
    </message>
    <message>
        <source>tidak dicabut (%1)</source>
        <translation>not revoked (%1)</translation>
    </message>
    <message>
        <source>CRL tidak dapat dibaca</source>
        <translation>the CRL cannot be read</translation>
    </message>
    <message>
        <source>tanda tangan CRL tidak sah</source>
        <translation>the CRL signature is not valid</translation>
    </message>
    <message>
        <source>penerbit CRL tidak berwenang menandatangani CRL (keyUsage)</source>
        <translation>the CRL issuer is not authorised to sign CRLs (keyUsage)</translation>
    </message>
    <message>
        <source>waktu CRL tidak masuk akal (%1)</source>
        <translation>the CRL time is implausible (%1)</translation>
    </message>
    <message>
        <source>CRL %1</source>
        <translation>CRL %1</translation>
    </message>
    <message>
        <source>CRL bertanggal %1 tidak berlaku untuk %2</source>
        <translation>the CRL dated %1 does not apply to %2</translation>
    </message>
    <message>
        <source>sertifikat tidak mencantumkan alamat OCSP maupun CRL</source>
        <translation>the certificate lists neither an OCSP nor a CRL address</translation>
    </message>
    <message>
        <source>server OCSP %1: %2</source>
        <translation>OCSP server %1: %2</translation>
    </message>
    <message>
        <source>jawabannya bukan untuk sertifikat ini</source>
        <translation>the answer is not for this certificate</translation>
    </message>
    <message>
        <source>CRL %1: %2</source>
        <translation>CRL %1: %2</translation>
    </message>
    <message>
        <source>diterbitkan oleh pihak lain</source>
        <translation>issued by another party</translation>
    </message>
    <message>
        <source>tidak diperiksa</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>penerbit sertifikat tidak tersedia, status pencabutan tidak dapat diperiksa</source>
        <translation>the certificate issuer is not available, so the revocation status cannot be checked</translation>
    </message>
    <message>
        <source>tidak perlu diperiksa (responder OCSP dengan ocsp-nocheck)</source>
        <translation>no check needed (OCSP responder with ocsp-nocheck)</translation>
    </message>
    <message>
        <source>alamat %1 bukan alamat HTTP</source>
        <translation>address %1 is not an HTTP address</translation>
    </message>
    <message>
        <source>jawaban terlalu besar</source>
        <translation>the answer is too large</translation>
    </message>
    <message>
        <source>tidak dapat dihubungi (%1)</source>
        <translation>cannot be reached (%1)</translation>
    </message>
    <message>
        <source>menjawab HTTP %1</source>
        <translation>answered HTTP %1</translation>
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
        <source>Waktu, alasan dan lokasi penandatanganan tidak dibaca karena kamus tanda tangan tidak utuh ditandatangani</source>
        <translation>The signing time, reason and location were not read because the signature dictionary is not fully signed</translation>
    </message>
    <message>
        <source>, waktu stempel waktu dokumen tepercaya yang menutupinya</source>
        <translation>, the time of a trusted document timestamp covering it</translation>
    </message>
    <message>
        <source>tidak tepercaya: sertifikat sudah dicabut pada %1 (%2)</source>
        <translation>not trusted: the certificate had been revoked at %1 (%2)</translation>
    </message>
    <message>
        <source>stempel waktu dokumen</source>
        <translation>document timestamp</translation>
    </message>
    <message>
        <source>tanda tangan</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>tidak dicabut%1: %2</source>
        <translation>not revoked%1: %2</translation>
    </message>
    <message>
        <source>DICABUT%1: %2</source>
        <translation>REVOKED%1: %2</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan%1: %2</source>
        <translation>cannot be confirmed%1: %2</translation>
    </message>
    <message>
        <source>status pencabutan sertifikat tidak diperiksa (tidak ada data pencabutan di dokumen; gunakan pemeriksaan daring untuk menanyakannya)</source>
        <translation>certificate revocation status not checked (the document holds no revocation data; use an online check to query it)</translation>
    </message>
    <message>
        <source>ada %1 revisi sesudahnya; semua perubahannya diizinkan</source>
        <translation>later revisions: %1; all their changes are allowed</translation>
    </message>
    <message>
        <source>ada perubahan sesudah ditandatangani yang tidak diizinkan: %1</source>
        <translation>changes after signing that are not allowed: %1</translation>
    </message>
    <message>
        <source>sertifikasi, tingkat P=1 (dokumen tidak boleh diubah sama sekali)</source>
        <translation>certification, level P=1 (the document may not be changed at all)</translation>
    </message>
    <message>
        <source>sertifikasi, tingkat P=2 (hanya boleh mengisi formulir dan menandatangani)</source>
        <translation>certification, level P=2 (only filling in forms and signing allowed)</translation>
    </message>
    <message>
        <source>sertifikasi, tingkat P=3 (boleh mengisi formulir, menandatangani, dan menambah anotasi)</source>
        <translation>certification, level P=3 (filling in forms, signing and adding annotations allowed)</translation>
    </message>
    <message>
        <source>TIDAK SAH: dokumen diubah sesudah ditandatangani dengan perubahan yang tidak diizinkan</source>
        <translation>NOT VALID: the document was changed after signing with changes that are not allowed</translation>
    </message>
    <message>
        <source>
Stempel waktu dokumen %1 (%2): %3
</source>
        <translation>
Document timestamp %1 (%2): %3
</translation>
    </message>
    <message>
        <source>  Pencabutan: %1
</source>
        <translation>  Revocation: %1
</translation>
    </message>
    <message>
        <source>  Jenis: %1
</source>
        <translation>  Type: %1
</translation>
    </message>
    <message>
        <source>
Dokumen memuat data validasi jangka panjang (DSS)
</source>
        <translation>
The document contains long-term validation data (DSS)
</translation>
    </message>
    <message>
        <source>Sertifikat sudah dicabut sebelum waktu validasi: %1</source>
        <translation>The certificate had been revoked before the validation time: %1</translation>
    </message>
    <message>
        <source>Status pencabutan sertifikat tidak dapat dipastikan: %1</source>
        <translation>The certificate&apos;s revocation status cannot be confirmed: %1</translation>
    </message>
    <message>
        <source>Isi stempel waktu dokumen (token RFC 3161) tidak dapat dibaca</source>
        <translation>The document timestamp content (RFC 3161 token) cannot be read</translation>
    </message>
    <message>
        <source>Sertifikat server stempel waktu tidak ada di dalam stempel waktu dokumen</source>
        <translation>The timestamp server&apos;s certificate is missing from the document timestamp</translation>
    </message>
    <message>
        <source>Algoritme hash stempel waktu dokumen tidak didukung</source>
        <translation>The document timestamp&apos;s hash algorithm is not supported</translation>
    </message>
    <message>
        <source>Dokumen telah diubah setelah diberi stempel waktu dokumen (hash tidak cocok)</source>
        <translation>The document was changed after the document timestamp was applied (hash mismatch)</translation>
    </message>
    <message>
        <source>Tanda tangan server stempel waktu pada stempel waktu dokumen tidak sah</source>
        <translation>The timestamp server&apos;s signature on the document timestamp is not valid</translation>
    </message>
    <message>
        <source>/ByteRange tanda tangan ini tidak sah, jadi perubahan sesudahnya tidak dapat dinilai</source>
        <translation>This signature&apos;s /ByteRange is not valid, so later changes cannot be assessed</translation>
    </message>
    <message>
        <source>perubahan sesudah tanda tangan ini tidak dapat dianalisis: %1</source>
        <translation>changes after this signature cannot be analysed: %1</translation>
    </message>
</context>
<context>
    <name>StampPlacer</name>
    <message>
        <source>berkas tidak dapat dibuka</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <source>bukan berkas PDF</source>
        <translation>not a PDF file</translation>
    </message>
    <message>
        <source>PDF terenkripsi (dilindungi kata sandi); buka kuncinya terlebih dahulu</source>
        <translation>encrypted PDF (password-protected); remove the encryption first</translation>
    </message>
    <message>
        <source>PDF rusak: strukturnya tidak dapat dibaca</source>
        <translation>damaged PDF: its structure cannot be read</translation>
    </message>
    <message>
        <source>di penanda, halaman %1</source>
        <translation>at the marker, page %1</translation>
    </message>
    <message>
        <source>di atas nama penanda tangan, halaman %1</source>
        <translation>above the signer&apos;s name, page %1</translation>
    </message>
    <message>
        <source>tanpa penanda: di kanan bawah halaman terakhir (%1), di bawah teks terakhir</source>
        <translation>no marker: at the bottom right of the last page (%1), below the last text</translation>
    </message>
    <message>
        <source>tanpa penanda: di kanan bawah halaman terakhir (%1)</source>
        <translation>no marker: at the bottom right of the last page (%1)</translation>
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
    <message>
        <source>Berkas terlalu besar.</source>
        <translation>The file is too large.</translation>
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
    <name>lontar::FtsRank</name>
    <message>
        <source>Fungsi peringkat pencarian tidak dapat dipasang</source>
        <translation>Search ranking function could not be installed</translation>
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
    <message>
        <source>Admin Katalog</source>
        <translation>Catalogue administrator</translation>
    </message>
    <message>
        <source>Pejabat Pembuat Komitmen</source>
        <translation>Commitment-making official (PPK)</translation>
    </message>
    <message>
        <source>Bendahara</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <source>Kios Absensi</source>
        <translation>Attendance Kiosk</translation>
    </message>
    <message>
        <source>Pencatat Surat</source>
        <translation>Letter Registrar</translation>
    </message>
    <message>
        <source>Pengelola Kepegawaian</source>
        <translation>HR Manager</translation>
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
    <name>lontar::ServerConnection</name>
    <message>
        <source>Sinkronisasi dengan server belum diatur</source>
        <translation>Server synchronization has not been configured</translation>
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
    <name>lontar::attendance</name>
    <message>
        <source>REKAPITULASI KEHADIRAN PEGAWAI</source>
        <translation>EMPLOYEE ATTENDANCE SUMMARY</translation>
    </message>
    <message>
        <source>Periode %1</source>
        <translation>Period %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>HK</source>
        <translation>HK</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>TL1</source>
        <translation>TL1</translation>
    </message>
    <message>
        <source>TL2</source>
        <translation>TL2</translation>
    </message>
    <message>
        <source>TL3</source>
        <translation>TL3</translation>
    </message>
    <message>
        <source>TL4</source>
        <translation>TL4</translation>
    </message>
    <message>
        <source>PSW1</source>
        <translation>PSW1</translation>
    </message>
    <message>
        <source>PSW2</source>
        <translation>PSW2</translation>
    </message>
    <message>
        <source>PSW3</source>
        <translation>PSW3</translation>
    </message>
    <message>
        <source>PSW4</source>
        <translation>PSW4</translation>
    </message>
    <message>
        <source>TK</source>
        <translation>TK</translation>
    </message>
    <message>
        <source>Cuti</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Potongan (%)</source>
        <translation>Deduction (%)</translation>
    </message>
    <message>
        <source>Jumlah (%1 pegawai)</source>
        <translation>Total (%1 employees)</translation>
    </message>
    <message>
        <source>HK = hari kerja, TL = terlambat, PSW = pulang sebelum waktunya, TK = tanpa keterangan. Potongan TPP dalam persen, paling banyak sesuai batas bulanan.</source>
        <translation>HK = working days, TL = late arrival, PSW = early departure, TK = absent without notice. TPP deduction in percent, up to the monthly cap.</translation>
    </message>
    <message>
        <source>* Data %1 pegawai masih sementara: ada perangkat yang belum sinkron setelah hari itu berakhir.</source>
        <translation>* Data for %1 employees is still provisional: some devices have not synced since that day ended.</translation>
    </message>
    <message>
        <source>Dibuat oleh %1 pada %2</source>
        <translation>Generated by %1 on %2</translation>
    </message>
    <message>
        <source>Mengetahui, %1</source>
        <translation>Acknowledged by, %1</translation>
    </message>
    <message>
        <source>NIP. %1</source>
        <translation>NIP. %1</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Rekapitulasi kehadiran %1</source>
        <translation>Attendance summary %1</translation>
    </message>
    <message>
        <source>Tidak dapat membuat PDF</source>
        <translation>Could not create PDF</translation>
    </message>
    <message>
        <source>Jadwal mingguan harus berisi hari mon … sun</source>
        <translation>Weekly schedule must contain days mon … sun</translation>
    </message>
    <message>
        <source>Hari jadwal tidak dikenal: %1</source>
        <translation>Unknown schedule day: %1</translation>
    </message>
    <message>
        <source>Jam kerja %1 harus {start, end}</source>
        <translation>Working hours for %1 must be {start, end}</translation>
    </message>
    <message>
        <source>Jam kerja %1 harus berformat JJ:MM</source>
        <translation>Working hours for %1 must be in HH:MM format</translation>
    </message>
    <message>
        <source>Jam masuk dan pulang %1 tidak boleh sama</source>
        <translation>Clock-in and clock-out times for %1 must not be the same</translation>
    </message>
    <message>
        <source>Daftar libur paling banyak %1 tanggal</source>
        <translation>Holiday list may contain at most %1 dates</translation>
    </message>
    <message>
        <source>Tanggal libur %1 tercantum dua kali</source>
        <translation>Holiday date %1 is listed twice</translation>
    </message>
    <message>
        <source>Jenis aturan harus schedule, holidays, deductions atau network</source>
        <translation>Rule type must be schedule, holidays, deductions or network</translation>
    </message>
    <message>
        <source>Unit aturan tidak valid</source>
        <translation>Invalid rule unit</translation>
    </message>
    <message>
        <source>Tanggal berlaku aturan harus TTTT-BB-HH</source>
        <translation>Rule effective date must be YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::AttendanceFormat</name>
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
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n detik</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jam</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 jam %2 menit</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Jam perangkat %1 lebih cepat dari jam server</source>
        <translation>Device clock is %1 ahead of server clock</translation>
    </message>
    <message>
        <source>Jam perangkat %1 lebih lambat dari jam server</source>
        <translation>Device clock is %1 behind server clock</translation>
    </message>
    <message>
        <source>Jam perangkat berbeda dari jam server</source>
        <translation>Device clock differs from server clock</translation>
    </message>
    <message>
        <source>Waktu yang tercatat belum terjadi menurut server</source>
        <translation>Recorded time is in the future according to the server</translation>
    </message>
    <message>
        <source>Perangkat belum pernah tersambung ke server saat mencatat; waktunya tidak dapat dipastikan</source>
        <translation>Device had never connected to the server when recording; the time cannot be verified</translation>
    </message>
    <message>
        <source>Perangkat dinyalakan ulang sejak terakhir tersambung ke server; waktunya tidak dapat dipastikan</source>
        <translation>Device was restarted since it last connected to the server; the time cannot be verified</translation>
    </message>
    <message>
        <source>Perangkat terlalu lama tidak tersambung ke server (lebih dari 7 hari)</source>
        <translation>Device has been disconnected from the server for too long (more than 7 days)</translation>
    </message>
    <message>
        <source>Ada catatan sebelumnya dari perangkat ini yang tidak sampai ke server</source>
        <translation>An earlier record from this device never reached the server</translation>
    </message>
    <message>
        <source>Urutan catatan perangkat ini tidak cocok; kemungkinan ada catatan yang diubah</source>
        <translation>Record sequence from this device does not match; a record may have been altered</translation>
    </message>
    <message>
        <source>Catatan ganda, atau waktunya mundur dari catatan sebelumnya</source>
        <translation>Duplicate record, or time is earlier than the previous record</translation>
    </message>
    <message>
        <source>Dari mesin sidik jari</source>
        <translation>From fingerprint machine</translation>
    </message>
    <message>
        <source>Catatan perlu diperiksa (%1)</source>
        <translation>Record needs review (%1)</translation>
    </message>
    <message>
        <source>Libur: %1</source>
        <translation>Holiday: %1</translation>
    </message>
    <message>
        <source>Diragukan: %1</source>
        <translation>Questionable: %1</translation>
    </message>
    <message>
        <source>Sementara: belum tersinkron dari semua perangkat</source>
        <translation>Provisional: not yet synced from all devices</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::AttendancePage</name>
    <message>
        <source>Absensi</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Cuti &amp;&amp; Izin</source>
        <translation>Leave &amp;&amp; Permits</translation>
    </message>
    <message>
        <source>Tim</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Rekap Bulanan</source>
        <translation>Monthly Summary</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::AttendanceRecap</name>
    <message>
        <source>Rentang tanggal absensi tidak valid (paling lama satu tahun)</source>
        <translation>Invalid attendance date range (at most one year)</translation>
    </message>
    <message>
        <source>Pegawai tidak ditemukan</source>
        <translation>Employee not found</translation>
    </message>
    <message>
        <source>Bulan rekap tidak valid</source>
        <translation>Invalid summary month</translation>
    </message>
    <message>
        <source>Unit %1 tidak ditemukan</source>
        <translation>Unit %1 not found</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::AttendanceUiModule</name>
    <message>
        <source>Absensi</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::ClockService</name>
    <message>
        <source>Pegawai atau unit kerjanya tidak ditemukan di direktori</source>
        <translation>Employee or their work unit not found in the directory</translation>
    </message>
    <message>
        <source>Perangkat ini belum terdaftar di server; absensi perlu perangkat yang terdaftar</source>
        <translation>This device is not yet registered with the server; attendance requires a registered device</translation>
    </message>
    <message>
        <source>Kios absensi mencatat untuk pegawai yang memasukkan NIP dan PIN</source>
        <translation>The attendance kiosk records for employees who enter their NIP and PIN</translation>
    </message>
    <message>
        <source>Perangkat ini belum terdaftar di server</source>
        <translation>This device is not yet registered with the server</translation>
    </message>
    <message>
        <source>Waktu server belum diketahui sejak perangkat dinyalakan; sinkronkan dulu</source>
        <translation>Server time is unknown since the device was turned on; sync first</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::ClockTab</name>
    <message>
        <source>Atur PIN kios…</source>
        <translation>Set kiosk PIN…</translation>
    </message>
    <message>
        <source>PIN 6 angka untuk absen di komputer kios kantor</source>
        <translation>6-digit PIN for clocking in at the office kiosk computer</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Kuning: ada catatan yang diragukan. Merah: tanpa keterangan. &quot;Belum tersinkron&quot;: hasil sementara sampai perangkat tersambung ke server.</source>
        <translation>Yellow: questionable record. Red: absent without notice. &quot;Not yet synced&quot;: provisional result until the device connects to the server.</translation>
    </message>
    <message>
        <source>Minggu ini</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>PIN kios tersimpan; berlaku di kios unit Anda setelah sinkron.</source>
        <translation>Kiosk PIN saved; it takes effect at your unit&apos;s kiosk after syncing.</translation>
    </message>
    <message>
        <source>✔ Jaringan kantor (alamat %1)</source>
        <translation>✔ Office network (address %1)</translation>
    </message>
    <message>
        <source>Di luar jaringan kantor — absen tetap dicatat, atasan melihat keterangannya</source>
        <translation>Outside the office network — attendance is still recorded, and your supervisor sees the note</translation>
    </message>
    <message>
        <source>Jaringan kantor belum diatur untuk unit Anda</source>
        <translation>Office network has not been configured for your unit</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Clock In</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Clock Out</translation>
    </message>
    <message>
        <source>Belum ada catatan hari ini.</source>
        <translation>No records yet today.</translation>
    </message>
    <message>
        <source>Masuk %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Pulang %1</source>
        <translation>Out %1</translation>
    </message>
    <message>
        <source>(belum tersinkron)</source>
        <translation>(not yet synced)</translation>
    </message>
    <message>
        <source>Jam kerja %1 – %2</source>
        <translation>Working hours %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Catatan yang diragukan tidak dihitung tepat waktu sampai atasan menerimanya melalui koreksi.</source>
        <translation>Questionable records are not counted as on time until your supervisor accepts them through a correction.</translation>
    </message>
    <message>
        <source>Tercatat masuk %1.</source>
        <translation>Clocked in at %1.</translation>
    </message>
    <message>
        <source>Tercatat pulang %1.</source>
        <translation>Clocked out at %1.</translation>
    </message>
    <message>
        <source>Sedang dikirim ke server.</source>
        <translation>Sending to server.</translation>
    </message>
    <message>
        <source>Tersimpan di perangkat ini; dikirim ke server saat tersambung.</source>
        <translation>Saved on this device; will be sent to the server when connected.</translation>
    </message>
    <message>
        <source>Ajukan koreksi…</source>
        <translation>Request correction…</translation>
    </message>
    <message>
        <source>Minta atasan menerima catatan yang diragukan</source>
        <translation>Ask your supervisor to accept a doubtful record</translation>
    </message>
    <message>
        <source>Koreksi diajukan ke atasan. Catatan dihitung setelah disetujui.</source>
        <translation>Correction submitted to your supervisor. The record counts once approved.</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::DayKind</name>
    <message>
        <source>Bukan hari kerja</source>
        <translation>Non-working day</translation>
    </message>
    <message>
        <source>Hari libur</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Cuti/izin</source>
        <translation>Leave/permit</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tanpa keterangan</source>
        <translation>Absent without notice</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::DeductionTable</name>
    <message>
        <source>Tabel potongan harus {tl, psw, absentPerDay, cap}</source>
        <translation>Deduction table must be {tl, psw, absentPerDay, cap}</translation>
    </message>
    <message>
        <source>Potongan %1 harus empat angka persen</source>
        <translation>Deduction %1 must be four percentage values</translation>
    </message>
    <message>
        <source>Potongan %1%2 harus antara 0 dan 100 persen</source>
        <translation>Deduction %1%2 must be between 0 and 100 percent</translation>
    </message>
    <message>
        <source>Potongan tanpa keterangan harus antara 0 dan 100 persen</source>
        <translation>Deduction for absence without notice must be between 0 and 100 percent</translation>
    </message>
    <message>
        <source>Batas potongan bulanan harus lebih dari 0 dan paling banyak 100 persen</source>
        <translation>Monthly deduction cap must be greater than 0 and at most 100 percent</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::EventPolicy</name>
    <message>
        <source>Catatan absensi tidak dapat dihapus</source>
        <translation>Attendance records cannot be deleted</translation>
    </message>
    <message>
        <source>Sidik (hash) catatan absensi tidak sesuai dengan isinya</source>
        <translation>Attendance record hash does not match its contents</translation>
    </message>
    <message>
        <source>Zona waktu %1 tidak dikenal</source>
        <translation>Unknown time zone %1</translation>
    </message>
    <message>
        <source>Catatan absensi hanya dapat dikirim oleh perangkat yang mencatatnya</source>
        <translation>Attendance records can only be submitted by the device that recorded them</translation>
    </message>
    <message>
        <source>Hanya admin OPD atau pengelola kepegawaian yang dapat mengimpor log mesin absensi</source>
        <translation>Only OPD admins or HR managers can import attendance machine logs</translation>
    </message>
    <message>
        <source>Pegawai ini berada di luar unit kerja Anda</source>
        <translation>This employee is outside your work unit</translation>
    </message>
    <message>
        <source>Catatan mesin absensi tidak memiliki urutan perangkat</source>
        <translation>Attendance machine record has no device sequence</translation>
    </message>
    <message>
        <source>Pegawai ini tidak memiliki NIP</source>
        <translation>This employee has no NIP</translation>
    </message>
    <message>
        <source>Catatan absensi perangkat memerlukan nomor urut dan jam sejak menyala</source>
        <translation>Device attendance records require a sequence number and uptime clock</translation>
    </message>
    <message>
        <source>Kolom prevHash tidak valid</source>
        <translation>Invalid prevHash field</translation>
    </message>
    <message>
        <source>Hanya kios absensi yang dapat mencatat dengan sumber kios</source>
        <translation>Only attendance kiosks can record with the kiosk source</translation>
    </message>
    <message>
        <source>Kios absensi tidak mencatat kehadiran akunnya sendiri</source>
        <translation>The attendance kiosk does not record attendance for its own account</translation>
    </message>
    <message>
        <source>Kios ini hanya mencatat kehadiran pegawai unitnya</source>
        <translation>This kiosk only records attendance for employees of its unit</translation>
    </message>
    <message>
        <source>Kios absensi mencatat dengan sumber kios</source>
        <translation>Attendance kiosks record with the kiosk source</translation>
    </message>
    <message>
        <source>Anda hanya dapat mencatat kehadiran Anda sendiri</source>
        <translation>You can only record your own attendance</translation>
    </message>
    <message>
        <source>Kode catatan absensi tidak sesuai dengan perangkat dan nomor urutnya</source>
        <translation>Attendance record ID does not match its device and sequence number</translation>
    </message>
    <message>
        <source>Zona waktu catatan harus zona kantor pegawai (%1)</source>
        <translation>Record time zone must be the employee&apos;s office time zone (%1)</translation>
    </message>
    <message>
        <source>Kolom anchor tidak valid</source>
        <translation>Invalid anchor field</translation>
    </message>
    <message>
        <source>Kolom evidence tidak valid</source>
        <translation>Invalid evidence field</translation>
    </message>
    <message>
        <source>Pegawai tidak ditemukan di direktori</source>
        <translation>Employee not found in the directory</translation>
    </message>
    <message>
        <source>Akun pegawai ini nonaktif</source>
        <translation>This employee&apos;s account is inactive</translation>
    </message>
    <message>
        <source>Pegawai ini belum memiliki unit kerja</source>
        <translation>This employee has no work unit yet</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::HolidayKind</name>
    <message>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Joint leave day</translation>
    </message>
    <message>
        <source>Libur daerah</source>
        <translation>Regional holiday</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::HolidayList</name>
    <message>
        <source>Baris 1: kepala kolom harus date,kind,name</source>
        <translation>Line 1: column headers must be date,kind,name</translation>
    </message>
    <message>
        <source>Baris %1: harus tiga kolom date,kind,name</source>
        <translation>Line %1: must have three columns date,kind,name</translation>
    </message>
    <message>
        <source>Baris %1: tanggal harus TTTT-BB-HH</source>
        <translation>Line %1: date must be YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Baris %1: jenis harus libur_nasional, cuti_bersama atau libur_daerah</source>
        <translation>Line %1: kind must be libur_nasional, cuti_bersama or libur_daerah</translation>
    </message>
    <message>
        <source>Baris %1: nama libur wajib diisi (paling banyak 200 karakter)</source>
        <translation>Line %1: holiday name is required (at most 200 characters)</translation>
    </message>
    <message>
        <source>Daftar libur harus {days: […]}</source>
        <translation>Holiday list must be {days: […]}</translation>
    </message>
    <message>
        <source>Daftar libur paling banyak %1 tanggal</source>
        <translation>Holiday list may contain at most %1 dates</translation>
    </message>
    <message>
        <source>Setiap hari libur harus {date TTTT-BB-HH, kind, name}</source>
        <translation>Each holiday must be {date YYYY-MM-DD, kind, name}</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::KioskSession</name>
    <message>
        <source>NIP harus 18 digit angka</source>
        <translation>NIP must be 18 digits</translation>
    </message>
    <message>
        <source>PIN harus tepat 6 digit angka</source>
        <translation>PIN must be exactly 6 digits</translation>
    </message>
    <message numerus="yes">
        <source>NIP ini dikunci karena PIN salah berulang kali. Coba lagi dalam %n menit atau minta admin membuka kios.</source>
        <translation>
            <numerusform>This NIP is locked after repeated wrong PINs. Try again in %n minute or ask an admin to unlock the kiosk.</numerusform>
            <numerusform>This NIP is locked after repeated wrong PINs. Try again in %n minutes or ask an admin to unlock the kiosk.</numerusform>
        </translation>
    </message>
    <message>
        <source>NIP atau PIN salah</source>
        <translation>Wrong NIP or PIN</translation>
    </message>
    <message>
        <source>Hanya admin OPD dari unit kios ini yang dapat membukanya</source>
        <translation>Only an OPD admin of this kiosk&apos;s unit can unlock it</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::KioskWindow</name>
    <message>
        <source>Kios Absensi</source>
        <translation>Attendance Kiosk</translation>
    </message>
    <message>
        <source>Kios Absensi — %1</source>
        <translation>Attendance Kiosk — %1</translation>
    </message>
    <message>
        <source>18 angka NIP</source>
        <translation>18-digit NIP</translation>
    </message>
    <message>
        <source>6 angka</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Clock In</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Clock Out</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Lupa PIN atau belum punya? Atur PIN di aplikasi Lontar Anda: Absensi → Atur PIN kios.</source>
        <translation>Forgot your PIN or don&apos;t have one? Set it in your Lontar app: Attendance → Set kiosk PIN.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Nama pengguna admin OPD</source>
        <translation>OPD admin username</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Buka kunci PIN</source>
        <translation>Unlock PIN</translation>
    </message>
    <message>
        <source>Keluar dari mode kios</source>
        <translation>Exit kiosk mode</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>masuk</source>
        <translation>clocked in</translation>
    </message>
    <message>
        <source>pulang</source>
        <translation>check-out</translation>
    </message>
    <message>
        <source>Tercatat, tetapi waktunya perlu diperiksa atasan: %1</source>
        <translation>Recorded, but the time needs to be reviewed by a supervisor: %1</translation>
    </message>
    <message>
        <source>Semua kunci PIN sudah dibuka.</source>
        <translation>All PIN locks have been cleared.</translation>
    </message>
    <message>
        <source>Kios hanya dapat ditutup oleh admin OPD dengan kata sandinya.</source>
        <translation>The kiosk can only be closed by an OPD admin with their password.</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::KoreksiDialog</name>
    <message>
        <source>Ajukan koreksi kehadiran</source>
        <translation>Request attendance correction</translation>
    </message>
    <message>
        <source>Catatan yang diragukan tidak dihitung tepat waktu. Jelaskan kepada atasan mengapa catatan ini benar; bila disetujui, catatan dihitung dalam rekap.</source>
        <translation>Doubtful records are not counted as on time. Explain to your supervisor why this record is correct; if approved, the record is counted in the recap.</translation>
    </message>
    <message>
        <source>Masuk %1</source>
        <translation>Clock-in %1</translation>
    </message>
    <message>
        <source>Pulang %1</source>
        <translation>Clock-out %1</translation>
    </message>
    <message>
        <source>mis. jam laptop belum disetel, saya hadir pukul 07.25</source>
        <translation>e.g. laptop clock was not set, I arrived at 07.25</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Keraguan</source>
        <translation>Doubt</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ajukan ke atasan</source>
        <translation>Submit to supervisor</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tuliskan alasannya untuk atasan.</source>
        <translation>Write the reason for your supervisor.</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::MarkPolicy</name>
    <message>
        <source>Tanda sinkronisasi perangkat tidak dapat dihapus</source>
        <translation>Device sync marks cannot be deleted</translation>
    </message>
    <message>
        <source>Kolom lastSeq tidak valid</source>
        <translation>Invalid lastSeq field</translation>
    </message>
    <message>
        <source>Tanda sinkronisasi hanya dapat ditulis oleh perangkatnya sendiri</source>
        <translation>A sync mark can only be written by its own device</translation>
    </message>
    <message>
        <source>Kode tanda sinkronisasi tidak sesuai dengan perangkatnya</source>
        <translation>Sync mark code does not match its device</translation>
    </message>
    <message>
        <source>Tanda sinkronisasi harus memakai unit kerja pengguna perangkat</source>
        <translation>A sync mark must use the work unit of the device user</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::Month</name>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::NetworkRule</name>
    <message>
        <source>Jaringan kantor harus {subnets: […]}</source>
        <translation>Office network must be {subnets: […]}</translation>
    </message>
    <message>
        <source>Jaringan kantor paling banyak %1 subnet</source>
        <translation>Office network may have at most %1 subnets</translation>
    </message>
    <message>
        <source>Subnet tidak valid: %1 (contoh 10.1.2.0/24)</source>
        <translation>Invalid subnet: %1 (e.g. 10.1.2.0/24)</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::PinDialog</name>
    <message>
        <source>Atur PIN kios absensi</source>
        <translation>Set attendance kiosk PIN</translation>
    </message>
    <message>
        <source>PIN dipakai untuk absen di komputer kios kantor Anda bersama NIP. Pilih 6 angka yang tidak mudah ditebak (bukan tanggal lahir atau 123456).</source>
        <translation>The PIN is used together with your NIP to clock in at your office kiosk computer. Choose 6 digits that are hard to guess (not your date of birth or 123456).</translation>
    </message>
    <message>
        <source>PIN baru (6 angka)</source>
        <translation>New PIN (6 digits)</translation>
    </message>
    <message>
        <source>Ulangi PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <source>Simpan PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PIN harus tepat 6 angka.</source>
        <translation>The PIN must be exactly 6 digits.</translation>
    </message>
    <message>
        <source>Kedua PIN tidak sama. Ketik ulang.</source>
        <translation>The two PINs do not match. Type them again.</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::PinPolicy</name>
    <message>
        <source>PIN absensi tidak dihapus; setel PIN baru</source>
        <translation>Attendance PINs are not deleted; set a new PIN</translation>
    </message>
    <message>
        <source>NIP harus 18 digit angka</source>
        <translation>NIP must be 18 digits</translation>
    </message>
    <message>
        <source>Verifier PIN harus Argon2id</source>
        <translation>PIN verifier must be Argon2id</translation>
    </message>
    <message>
        <source>NIP tidak sesuai dengan direktori pegawai</source>
        <translation>NIP does not match the employee directory</translation>
    </message>
    <message>
        <source>PIN absensi hanya disetel oleh pegawainya sendiri atau admin OPD unitnya</source>
        <translation>An attendance PIN can only be set by the employee themselves or their unit&apos;s OPD admin</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::PinRegistry</name>
    <message>
        <source>PIN harus tepat 6 digit angka</source>
        <translation>PIN must be exactly 6 digits</translation>
    </message>
    <message>
        <source>Akun tanpa NIP tidak memakai PIN absensi</source>
        <translation>Accounts without a NIP do not use an attendance PIN</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RecapCalculator</name>
    <message>
        <source>Cuti tahunan</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <source>Cuti sakit</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Cuti besar</source>
        <translation>Long service leave</translation>
    </message>
    <message>
        <source>Cuti melahirkan</source>
        <translation>Maternity leave</translation>
    </message>
    <message>
        <source>Cuti alasan penting</source>
        <translation>Leave for important reasons</translation>
    </message>
    <message>
        <source>Izin</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Dinas luar</source>
        <translation>Official travel</translation>
    </message>
    <message>
        <source>Bukan hari kerja</source>
        <translation>Non-working day</translation>
    </message>
    <message>
        <source>Libur: %1</source>
        <translation>Holiday: %1</translation>
    </message>
    <message>
        <source>Tanpa keterangan (%1 catatan diragukan belum dikoreksi)</source>
        <translation>Absent without notice (%1 questionable records not yet corrected)</translation>
    </message>
    <message>
        <source>Tanpa keterangan</source>
        <translation>Absent without notice</translation>
    </message>
    <message>
        <source>Tidak ada catatan masuk (TL4)</source>
        <translation>No check-in record (TL4)</translation>
    </message>
    <message>
        <source>Terlambat %1 menit (TL%2)</source>
        <translation>%1 minutes late (TL%2)</translation>
    </message>
    <message>
        <source>tidak ada catatan pulang (PSW4)</source>
        <translation>no check-out record (PSW4)</translation>
    </message>
    <message>
        <source>pulang %1 menit lebih awal (PSW%2)</source>
        <translation>left %1 minutes early (PSW%2)</translation>
    </message>
    <message>
        <source>Hadir tepat waktu</source>
        <translation>Present on time</translation>
    </message>
    <message>
        <source>; %1 catatan diragukan belum dikoreksi</source>
        <translation>; %1 questionable records not yet corrected</translation>
    </message>
    <message>
        <source>masuk tepat waktu, belum pulang</source>
        <translation>clocked in on time, not yet clocked out</translation>
    </message>
    <message>
        <source>belum pulang</source>
        <translation>not yet clocked out</translation>
    </message>
    <message>
        <source>belum tercatat pulang (PSW4 bila sampai akhir hari tidak ada)</source>
        <translation>no clock-out recorded yet (PSW4 if none by end of day)</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RecapModel</name>
    <message numerus="yes">
        <source>Sementara (%n hari)</source>
        <translation>
            <numerusform>Provisional (%n day)</numerusform>
            <numerusform>Provisional (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message numerus="yes">
        <source>%n hari belum final: ada perangkat yang belum tersinkron sejak hari itu berakhir</source>
        <translation>
            <numerusform>%n day not yet final: some devices have not synced since that day ended</numerusform>
            <numerusform>%n days not yet final: some devices have not synced since that day ended</numerusform>
        </translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Hari kerja</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tanpa keterangan</source>
        <translation>Absent without notice</translation>
    </message>
    <message>
        <source>Cuti/izin</source>
        <translation>Leave/permission</translation>
    </message>
    <message>
        <source>Potongan %</source>
        <translation>Deduction %</translation>
    </message>
    <message>
        <source>Status data</source>
        <translation>Data status</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RecapTab</name>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>File %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>%1 (dengan sub-unit)</source>
        <translation>%1 (with sub-units)</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pilih bulan dan unit, lalu tekan Tampilkan.</source>
        <translation>Select a month and unit, then press Show.</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Tanda tangani PDF…</source>
        <translation>Sign PDF…</translation>
    </message>
    <message>
        <source>Menyimpan laporan PDF lalu membukanya di Tanda Tangan Elektronik</source>
        <translation>Saves the PDF report and opens it in Electronic Signature</translation>
    </message>
    <message>
        <source>Menghitung rekap…</source>
        <translation>Calculating recap…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n pegawai</source>
        <translation>
            <numerusform>%1 — %2: %n employee</numerusform>
            <numerusform>%1 — %2: %n employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baris masih sementara (ditandai kuning): ada perangkat yang belum tersinkron sejak hari itu berakhir</source>
        <translation>
            <numerusform>%n row is still provisional (highlighted yellow): some devices have not synced since that day ended</numerusform>
            <numerusform>%n rows are still provisional (highlighted yellow): some devices have not synced since that day ended</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada pegawai ber-NIP di unit ini.</source>
        <translation>No employees with a NIP in this unit.</translation>
    </message>
    <message>
        <source>Simpan rekap sebagai CSV</source>
        <translation>Save recap as CSV</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Rekap tersimpan di %1</source>
        <translation>Recap saved to %1</translation>
    </message>
    <message>
        <source>Simpan laporan PDF untuk ditandatangani</source>
        <translation>Save PDF report for signing</translation>
    </message>
    <message>
        <source>Simpan rekap sebagai PDF</source>
        <translation>Save recap as PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Membuat PDF…</source>
        <translation>Creating PDF…</translation>
    </message>
    <message>
        <source>Laporan tersimpan di %1 dan dibuka di Tanda Tangan Elektronik.</source>
        <translation>Report saved to %1 and opened in Electronic Signature.</translation>
    </message>
    <message>
        <source>Laporan tersimpan di %1. Buka modul Tanda Tangan Elektronik untuk menandatanganinya.</source>
        <translation>Report saved to %1. Open the Electronic Signature module to sign it.</translation>
    </message>
    <message>
        <source>Laporan PDF tersimpan di %1</source>
        <translation>PDF report saved to %1</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RequestModel</name>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hari kerja</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> oleh %1</source>
        <translation> by %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Catatan: %1
Alasan: %2</source>
        <translation>Record: %1
Reason: %2</translation>
    </message>
    <message>
        <source>Catatan atasan: %1</source>
        <translation>Supervisor&apos;s note: %1</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RequestPolicy</name>
    <message>
        <source>Permohonan tidak dihapus; batalkan saja selama belum diputuskan</source>
        <translation>Requests are not deleted; just cancel it while it is still undecided</translation>
    </message>
    <message>
        <source>Permohonan hanya dapat diajukan atas nama Anda sendiri</source>
        <translation>Requests can only be submitted in your own name</translation>
    </message>
    <message>
        <source>Unit kerja permohonan harus unit kerja Anda</source>
        <translation>The request&apos;s work unit must be your work unit</translation>
    </message>
    <message>
        <source>Permohonan baru harus berstatus diajukan</source>
        <translation>A new request must have the status submitted</translation>
    </message>
    <message>
        <source>Permohonan baru belum diputuskan siapa pun</source>
        <translation>A new request must not yet be decided by anyone</translation>
    </message>
    <message>
        <source>Permohonan ini sudah %1 dan tidak dapat diubah lagi; ajukan permohonan baru</source>
        <translation>This request is already %1 and can no longer be changed; submit a new request</translation>
    </message>
    <message>
        <source>Isi permohonan tidak dapat diubah; batalkan dan ajukan yang baru</source>
        <translation>The request contents cannot be changed; cancel it and submit a new one</translation>
    </message>
    <message>
        <source>Permohonan ini masih menunggu keputusan</source>
        <translation>This request is still awaiting a decision</translation>
    </message>
    <message>
        <source>Hanya pemohon yang dapat membatalkan permohonannya</source>
        <translation>Only the applicant can cancel their request</translation>
    </message>
    <message>
        <source>Pembatalan hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>A cancellation can only be recorded in your own name</translation>
    </message>
    <message>
        <source>Keputusan hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>A decision can only be recorded in your own name</translation>
    </message>
    <message>
        <source>Sisa cuti tahunan tidak dapat diperiksa</source>
        <translation>Remaining annual leave could not be checked</translation>
    </message>
    <message>
        <source>Sisa cuti tahunan %1 tidak cukup: %2 hari kerja tersisa, diminta %3</source>
        <translation>Not enough %1 annual leave remaining: %2 working days left, %3 requested</translation>
    </message>
    <message>
        <source>Tanggal permohonan harus berbentuk TTTT-BB-HH</source>
        <translation>Request dates must be in YYYY-MM-DD format</translation>
    </message>
    <message>
        <source>Tanggal mulai tidak boleh sesudah tanggal selesai</source>
        <translation>Start date cannot be after end date</translation>
    </message>
    <message>
        <source>Satu permohonan paling lama satu tahun</source>
        <translation>A single request may span at most one year</translation>
    </message>
    <message>
        <source>Hanya permohonan koreksi yang merujuk catatan kehadiran</source>
        <translation>Only correction requests refer to an attendance record</translation>
    </message>
    <message>
        <source>Rentang cuti tahunan tidak memuat hari kerja</source>
        <translation>The annual leave period contains no working days</translation>
    </message>
    <message>
        <source>Cuti tahunan paling banyak %1 hari kerja dalam setahun</source>
        <translation>Annual leave is limited to %1 working days per year</translation>
    </message>
    <message>
        <source>Koreksi berlaku untuk satu hari</source>
        <translation>A correction applies to a single day</translation>
    </message>
    <message>
        <source>Koreksi harus disertai alasan</source>
        <translation>A correction must include a reason</translation>
    </message>
    <message>
        <source>Koreksi merujuk satu catatan yang ditandai, atau jenis dan waktu absen yang terlewat, tidak keduanya</source>
        <translation>A correction refers either to one flagged record or to the type and time of a missed clock-in/out, not both</translation>
    </message>
    <message>
        <source>Catatan kehadiran yang dikoreksi tidak ditemukan</source>
        <translation>The attendance record being corrected was not found</translation>
    </message>
    <message>
        <source>Koreksi absen yang terlewat harus menyebut masuk/pulang dan waktunya</source>
        <translation>A correction for a missed clock-in/out must state check-in/check-out and its time</translation>
    </message>
    <message>
        <source>Waktu koreksi tidak jatuh pada tanggal permohonan</source>
        <translation>The correction time does not fall on the request date</translation>
    </message>
    <message>
        <source>Anda tidak dapat memutuskan permohonan Anda sendiri</source>
        <translation>You cannot decide on your own request</translation>
    </message>
    <message>
        <source>Hanya atasan yang dapat memutuskan permohonan</source>
        <translation>Only a supervisor can decide on requests</translation>
    </message>
    <message>
        <source>Pemohon bukan bawahan Anda</source>
        <translation>The applicant is not your subordinate</translation>
    </message>
    <message>
        <source>Pemohon tidak ditemukan dalam direktori</source>
        <translation>The applicant was not found in the directory</translation>
    </message>
    <message>
        <source>Permohonan seorang atasan diputuskan oleh atasan di unit di atasnya</source>
        <translation>A supervisor&apos;s request is decided by a supervisor in the unit above</translation>
    </message>
    <message>
        <source>Catatan keputusan hanya diisi oleh atasan yang memutuskan</source>
        <translation>The decision note is filled in only by the deciding supervisor</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RequestService</name>
    <message>
        <source>Cuti tahunan</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <source>Cuti sakit</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Cuti besar</source>
        <translation>Long service leave</translation>
    </message>
    <message>
        <source>Cuti melahirkan</source>
        <translation>Maternity leave</translation>
    </message>
    <message>
        <source>Cuti karena alasan penting</source>
        <translation>Leave for important reasons</translation>
    </message>
    <message>
        <source>Izin</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Dinas luar</source>
        <translation>Official travel</translation>
    </message>
    <message>
        <source>Koreksi kehadiran</source>
        <translation>Attendance correction</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Sisa cuti tahunan %1 tidak cukup: %2 hari kerja tersisa, diminta %3</source>
        <translation>Not enough %1 annual leave remaining: %2 working days left, %3 requested</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RequestsTab</name>
    <message>
        <source>Ajukan cuti atau izin</source>
        <translation>Request leave or permission</translation>
    </message>
    <message>
        <source>mis. acara keluarga di luar kota</source>
        <translation>e.g. family event out of town</translation>
    </message>
    <message>
        <source>Ajukan ke atasan</source>
        <translation>Submit to supervisor</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pengajuan saya</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Belum ada pengajuan. Isi formulir di sebelah kiri untuk mengajukan cuti atau izin.</source>
        <translation>No requests yet. Fill in the form on the left to request leave or permission.</translation>
    </message>
    <message>
        <source>Batalkan pengajuan</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <source>Menunggu keputusan saya</source>
        <translation>Awaiting my decision</translation>
    </message>
    <message>
        <source>Tidak ada pengajuan yang menunggu keputusan Anda.</source>
        <translation>No requests are awaiting your decision.</translation>
    </message>
    <message>
        <source>Catatan untuk pegawai (wajib bila menolak)</source>
        <translation>Note to employee (required when rejecting)</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message numerus="yes">
        <source>Lama: %n hari kerja</source>
        <translation>
            <numerusform>Duration: %n working day</numerusform>
            <numerusform>Duration: %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sisa cuti tahunan %1: &lt;b&gt;%n hari&lt;/b&gt; (hak %2 hari, sisa tahun lalu %3, terpakai %4, menunggu keputusan %5).</source>
        <translation>
            <numerusform>Remaining %1 annual leave: &lt;b&gt;%n day&lt;/b&gt; (entitlement %2 days, carried over from last year %3, used %4, awaiting decision %5).</numerusform>
            <numerusform>Remaining %1 annual leave: &lt;b&gt;%n days&lt;/b&gt; (entitlement %2 days, carried over from last year %3, used %4, awaiting decision %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pengajuan ini melebihi sisa cuti tahunan Anda.</source>
        <translation>This request exceeds your remaining annual leave.</translation>
    </message>
    <message>
        <source>Tuliskan alasannya.</source>
        <translation>Please enter the reason.</translation>
    </message>
    <message>
        <source>Pengajuan terkirim ke atasan Anda.</source>
        <translation>Request sent to your supervisor.</translation>
    </message>
    <message>
        <source>Pengajuan dibatalkan.</source>
        <translation>Request cancelled.</translation>
    </message>
    <message>
        <source>Tuliskan alasan penolakan di kolom catatan.</source>
        <translation>Enter the reason for rejection in the note field.</translation>
    </message>
    <message>
        <source>Pengajuan %1 disetujui.</source>
        <translation>Request %1 approved.</translation>
    </message>
    <message>
        <source>Pengajuan %1 ditolak.</source>
        <translation>Request %1 rejected.</translation>
    </message>
    <message>
        <source>%1 oleh %2 — catatan: %3</source>
        <translation>%1 by %2 — note: %3</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Clock-in</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Clock-out</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RulesPolicy</name>
    <message>
        <source>Aturan absensi tidak ditemukan</source>
        <translation>Attendance rule not found</translation>
    </message>
    <message>
        <source>Perubahan aturan hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Rule changes can only be recorded in your own name</translation>
    </message>
    <message>
        <source>Kode aturan tidak sesuai dengan jenis, unit dan tanggal berlakunya</source>
        <translation>Rule code does not match its type, unit and effective date</translation>
    </message>
    <message>
        <source>Hanya kepegawaian (BKPSDM) atau admin OPD yang dapat mengubah aturan absensi</source>
        <translation>Only the personnel office (BKPSDM) or an OPD admin can change attendance rules</translation>
    </message>
    <message>
        <source>Hari libur dan tabel potongan hanya diatur oleh kepegawaian (BKPSDM)</source>
        <translation>Holidays and the deduction table are set only by the personnel office (BKPSDM)</translation>
    </message>
    <message>
        <source>Aturan tingkat kabupaten hanya diatur oleh kepegawaian (BKPSDM)</source>
        <translation>Regency-level rules are set only by the personnel office (BKPSDM)</translation>
    </message>
    <message>
        <source>Admin OPD hanya mengatur jadwal unit di lingkungannya sendiri</source>
        <translation>An OPD admin only sets schedules for units within their own organisation</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::TeamModel</name>
    <message>
        <source>Belum berlangsung</source>
        <translation>Not yet started</translation>
    </message>
    <message>
        <source>Tanpa keterangan ⚠</source>
        <translation>Absent without notice ⚠</translation>
    </message>
    <message>
        <source> · sementara</source>
        <translation> · provisional</translation>
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
        <source>Masuk</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan diragukan</source>
        <translation>Questionable records</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::TeamTab</name>
    <message>
        <source>Satu hari</source>
        <translation>One day</translation>
    </message>
    <message>
        <source>Satu minggu (Senin–Jumat)</source>
        <translation>One week (Mon–Fri)</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pilih seorang pegawai untuk melihat catatan yang diragukan beserta penjelasannya.</source>
        <translation>Select an employee to see their questionable records and the explanations.</translation>
    </message>
    <message>
        <source>⚠ kuning: ada catatan yang diragukan (jam perangkat berbeda, perangkat lama tidak tersambung, dan sebagainya); catatan itu tidak dihitung tepat waktu sampai diterima melalui koreksi.</source>
        <translation>⚠ yellow: there are questionable records (device clock differed, device was offline for a long time, and so on); they do not count as on time until accepted through a correction.</translation>
    </message>
    <message>
        <source>Tidak ada unit yang dapat Anda lihat.</source>
        <translation>There are no units you can view.</translation>
    </message>
    <message>
        <source>Unit ini belum mempunyai pegawai dengan NIP.</source>
        <translation>This unit has no employees with a NIP yet.</translation>
    </message>
    <message>
        <source>%1, %2 %3 — %4</source>
        <translation>%1, %2 %3 — %4</translation>
    </message>
    <message>
        <source>masuk</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>pulang</source>
        <translation>check-out</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: tidak ada catatan yang diragukan pada periode ini.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: no questionable records in this period.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — catatan yang diragukan:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — questionable records:</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::TerminalImport</name>
    <message>
        <source>kolom kurang (harus nip,time,kind)</source>
        <translation>too few columns (expected nip,time,kind)</translation>
    </message>
    <message>
        <source>kolom berlebih (harus nip,time,kind)</source>
        <translation>too many columns (expected nip,time,kind)</translation>
    </message>
    <message>
        <source>NIP kosong</source>
        <translation>NIP is empty</translation>
    </message>
    <message>
        <source>waktu tidak valid (harus YYYY-MM-DD HH:MM:SS)</source>
        <translation>invalid time (expected YYYY-MM-DD HH:MM:SS)</translation>
    </message>
    <message>
        <source>jenis harus in atau out</source>
        <translation>kind must be in or out</translation>
    </message>
    <message>
        <source>kolom kurang (harus NIP, waktu, verifikasi, status, kode kerja)</source>
        <translation>too few columns (expected NIP, time, verification, status, work code)</translation>
    </message>
    <message>
        <source>status harus 0 (masuk) atau 1 (pulang)</source>
        <translation>status must be 0 (check-in) or 1 (check-out)</translation>
    </message>
    <message>
        <source>Berkas terlalu besar (paling besar %1 MB)</source>
        <translation>File is too large (at most %1 MB)</translation>
    </message>
    <message>
        <source>Berkas log kosong</source>
        <translation>Log file is empty</translation>
    </message>
    <message>
        <source>Format log tidak dikenali: CSV harus diawali baris nip,time,kind; attlog dipisah tab</source>
        <translation>Unrecognized log format: CSV must start with the line nip,time,kind; attlog must be tab-separated</translation>
    </message>
    <message>
        <source>ditambahkan %1, duplikat %2, dilewati %3
</source>
        <translation>added %1, duplicates %2, skipped %3
</translation>
    </message>
    <message>
        <source>baris %1: %2
</source>
        <translation>line %1: %2
</translation>
    </message>
    <message>
        <source>Hanya admin OPD atau pengelola kepegawaian yang dapat mengimpor log mesin absensi</source>
        <translation>Only an OPD admin or HR manager can import attendance machine logs</translation>
    </message>
    <message>
        <source>NIP %1 tidak dikenal</source>
        <translation>Unknown NIP %1</translation>
    </message>
    <message>
        <source>pegawai dengan NIP %1 nonaktif</source>
        <translation>employee with NIP %1 is inactive</translation>
    </message>
    <message>
        <source>pegawai dengan NIP %1 di luar unit kerja Anda</source>
        <translation>employee with NIP %1 is outside your work unit</translation>
    </message>
    <message>
        <source>waktu tidak ada di zona kantor</source>
        <translation>time does not exist in the office time zone</translation>
    </message>
    <message>
        <source>waktu di masa depan</source>
        <translation>time is in the future</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::WeekModel</name>
    <message>
        <source>Belum berlangsung</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source> · belum tersinkron</source>
        <translation> · not yet synced</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::WorkSchedule</name>
    <message>
        <source>Kolom jadwal tidak dikenal: %1</source>
        <translation>Unknown schedule field: %1</translation>
    </message>
    <message>
        <source>Rentang jadwal paling banyak %1</source>
        <translation>At most %1 schedule ranges</translation>
    </message>
    <message>
        <source>Rentang jadwal harus {from, until, name, week} dengan tanggal yang valid, paling lama satu tahun</source>
        <translation>A schedule range must be {from, until, name, week} with valid dates, spanning at most one year</translation>
    </message>
    <message>
        <source>Nama rentang jadwal wajib diisi (paling banyak 100 karakter)</source>
        <translation>Schedule range name is required (at most 100 characters)</translation>
    </message>
    <message>
        <source>workOnHolidays harus ya/tidak</source>
        <translation>workOnHolidays must be true/false</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::BrowseTab</name>
    <message>
        <source>Semua zona (harga umum)</source>
        <translation>All zones (general price)</translation>
    </message>
    <message>
        <source>harga min.</source>
        <translation>min. price</translation>
    </message>
    <message>
        <source>harga maks.</source>
        <translation>max. price</translation>
    </message>
    <message>
        <source>TKDN ≥ </source>
        <translation>TKDN ≥ </translation>
    </message>
    <message>
        <source>Produk dalam negeri</source>
        <translation>Domestic product</translation>
    </message>
    <message>
        <source>Penyedia UMK</source>
        <translation>Micro/small supplier (UMK)</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Ditetapkan oleh</source>
        <translation>Set by</translation>
    </message>
    <message>
        <source>Bandingkan (maks. 4)</source>
        <translation>Compare (max. 4)</translation>
    </message>
    <message>
        <source>Tambah ke paket</source>
        <translation>Add to package</translation>
    </message>
    <message>
        <source>Paket:</source>
        <translation>Package:</translation>
    </message>
    <message>
        <source>Pilih 2 sampai %1 produk untuk dibandingkan</source>
        <translation>Choose 2 to %1 products to compare</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Buat paket dulu di tab Paket &amp; Pesanan</source>
        <translation>Create a package first on the Packages &amp; Orders tab</translation>
    </message>
    <message numerus="yes">
        <source>%n produk</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih produk untuk melihat rinciannya.</source>
        <translation>Choose a product to see its details.</translation>
    </message>
    <message>
        <source>Kategori: %1 · Satuan: %2</source>
        <translation>Category: %1 · Unit: %2</translation>
    </message>
    <message>
        <source>Penyedia: %1%2</source>
        <translation>Supplier: %1%2</translation>
    </message>
    <message>
        <source> (UMK)</source>
        <translation> (UMK)</translation>
    </message>
    <message>
        <source>TKDN %1 % · %2%3</source>
        <translation>TKDN %1 % · %2%3</translation>
    </message>
    <message>
        <source>produk dalam negeri</source>
        <translation>domestic product</translation>
    </message>
    <message>
        <source>bukan PDN</source>
        <translation>not a domestic product (PDN)</translation>
    </message>
    <message>
        <source> · SNI %1</source>
        <translation> · SNI %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>sekarang</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Pilih produk dan paket tujuan</source>
        <translation>Choose a product and the target package</translation>
    </message>
    <message numerus="yes">
        <source>%n produk ditambahkan ke paket %1</source>
        <translation>
            <numerusform>%n product added to package %1</numerusform>
            <numerusform>%n products added to package %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cari produk, kode, penyedia…</source>
        <translation>Search products, codes, suppliers…</translation>
    </message>
    <message>
        <source>Mis. &quot;kertas a4&quot;, &quot;pembersih lantai&quot; atau kode produk</source>
        <translation>E.g. &quot;kertas a4&quot;, &quot;pembersih lantai&quot; or a product code</translation>
    </message>
    <message>
        <source>Tambah gambar…</source>
        <translation>Add image…</translation>
    </message>
    <message>
        <source>PNG atau JPEG, paling besar 5 MiB dan 4000×4000 piksel; paling banyak 4 gambar</source>
        <translation>PNG or JPEG, at most 5 MiB and 4000×4000 pixels; at most 4 images</translation>
    </message>
    <message>
        <source>Rincian, gambar dan riwayat harga</source>
        <translation>Details, images and price history</translation>
    </message>
    <message>
        <source>belum ada paket draf</source>
        <translation>no draft packages yet</translation>
    </message>
    <message>
        <source>Banyaknya:</source>
        <extracomment>How many units of the product go into the package (a quantity, not an amount of money).</extracomment>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Katalog masih kosong di perangkat ini; datanya datang dari server saat sinkronisasi</source>
        <translation>The catalogue is still empty on this device; its data comes from the server during sync</translation>
    </message>
    <message>
        <source>Tidak ada produk yang cocok; ubah kata pencarian atau longgarkan filter</source>
        <translation>No matching products; change the search terms or loosen the filters</translation>
    </message>
    <message>
        <source>Belum ada harga untuk zona ini</source>
        <translation>No price for this zone yet</translation>
    </message>
    <message>
        <source>Pilih gambar untuk %1</source>
        <translation>Choose an image for %1</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Gambar tidak ditambahkan: %1</source>
        <translation>Image not added: %1</translation>
    </message>
    <message>
        <source>Gambar ditambahkan ke %1; dikirim ke server pada sinkronisasi berikutnya</source>
        <translation>Image added to %1; it will be sent to the server at the next sync</translation>
    </message>
    <message>
        <source>Gambar tidak dihapus: %1</source>
        <translation>Image not removed: %1</translation>
    </message>
    <message>
        <source>Gambar dihapus dari %1</source>
        <translation>Image removed from %1</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CatalogueAdmin</name>
    <message>
        <source>Penyedia dengan NPWP %1 tidak ada</source>
        <translation>There is no supplier with NPWP %1</translation>
    </message>
    <message>
        <source>Produk %1 tidak ada</source>
        <translation>Product %1 does not exist</translation>
    </message>
    <message>
        <source>Zona harga %1 belum ditetapkan</source>
        <translation>Price zone %1 has not been defined</translation>
    </message>
    <message>
        <source>Gambar hanya dapat ditambahkan dari perangkat</source>
        <translation>Images can only be added from a device</translation>
    </message>
    <message>
        <source>Berkas gambar %1 tidak ada</source>
        <translation>Image file %1 does not exist</translation>
    </message>
    <message>
        <source>Gambar paling besar 5 MiB</source>
        <translation>Images can be at most 5 MiB</translation>
    </message>
    <message>
        <source>Gambar harus berformat PNG atau JPEG</source>
        <translation>Images must be PNG or JPEG</translation>
    </message>
    <message>
        <source>Gambar rusak atau tidak dapat dibaca</source>
        <translation>Image is corrupt or unreadable</translation>
    </message>
    <message>
        <source>Ukuran gambar paling besar %1×%1 piksel</source>
        <translation>Images can be at most %1×%1 pixels</translation>
    </message>
    <message>
        <source>Hanya admin katalog yang dapat mengubah gambar produk</source>
        <translation>Only a catalogue admin can change product images</translation>
    </message>
    <message>
        <source>Produk sudah punya %1 gambar; hapus salah satu dulu</source>
        <translation>The product already has %1 images; remove one first</translation>
    </message>
    <message>
        <source>Gambar ini sudah ada pada produk %1</source>
        <translation>This image is already on product %1</translation>
    </message>
    <message>
        <source>Gambar itu tidak ada pada produk %1</source>
        <translation>That image is not on product %1</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CatalogueBrowser</name>
    <message>
        <source>Produk tidak ditemukan di katalog</source>
        <translation>Product not found in the catalogue</translation>
    </message>
    <message>
        <source>Paling banyak %1 produk dapat dibandingkan</source>
        <translation>At most %1 products can be compared</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CataloguePage</name>
    <message>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Perbandingan</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Paket &amp;&amp; Pesanan</source>
        <translation>Packages &amp;&amp; Orders</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CatalogueUiModule</name>
    <message>
        <source>E-Katalog</source>
        <translation>E-Catalogue</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CompareTab</name>
    <message>
        <source>Pilih 2 sampai 4 produk di tab Katalog, lalu Bandingkan.</source>
        <translation>Choose 2 to 4 products on the Catalogue tab, then Compare.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>TKDN</source>
        <translation>TKDN</translation>
    </message>
    <message>
        <source>PDN</source>
        <translation>PDN</translation>
    </message>
    <message>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <source>Penyedia</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>UMK</source>
        <translation>UMK</translation>
    </message>
    <message>
        <source>Spesifikasi</source>
        <translation>Specifications</translation>
    </message>
    <message>
        <source>tidak ada harga</source>
        <translation>no price</translation>
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
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Harga terendah</source>
        <translation>Lowest price</translation>
    </message>
    <message numerus="yes">
        <source>%n produk dibandingkan, harga untuk zona %1</source>
        <translation>
            <numerusform>%n product compared, prices for zone %1</numerusform>
            <numerusform>%n products compared, prices for zone %1</numerusform>
        </translation>
    </message>
    <message>
        <source>umum</source>
        <translation>general</translation>
    </message>
    <message>
        <source>Gambar</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>TKDN tertinggi</source>
        <translation>Highest TKDN (local content)</translation>
    </message>
    <message>
        <source>tidak ada gambar</source>
        <translation>no image</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CsvImport</name>
    <message>
        <source>tanda kutip di tengah kolom; apit seluruh kolom dengan tanda kutip</source>
        <translation>quotation mark in the middle of a field; enclose the whole field in quotation marks</translation>
    </message>
    <message>
        <source>ada teks setelah tanda kutip penutup</source>
        <translation>text after the closing quotation mark</translation>
    </message>
    <message>
        <source>tanda kutip tidak ditutup sampai akhir berkas</source>
        <translation>quotation mark not closed before the end of the file</translation>
    </message>
    <message numerus="yes">
        <source>Tidak ada yang diimpor: %n baris tidak valid.</source>
        <translation>
            <numerusform>Nothing was imported: %n row is invalid.</numerusform>
            <numerusform>Nothing was imported: %n rows are invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>baris %1, kolom %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Uji coba (tidak ada yang diubah)</source>
        <translation>Trial run (nothing was changed)</translation>
    </message>
    <message>
        <source>%1 baris: %2 ditambah, %3 diperbarui, %4 tidak berubah</source>
        <translation>%1 rows: %2 added, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <source>Hanya admin katalog yang dapat mengimpor katalog</source>
        <translation>Only catalogue administrators can import the catalogue</translation>
    </message>
    <message>
        <source>Berkas CSV terlalu besar (paling besar %1 MiB)</source>
        <translation>The CSV file is too large (at most %1 MiB)</translation>
    </message>
    <message>
        <source>Berkas bukan CSV UTF-8 yang dapat dibaca</source>
        <translation>The file is not a readable UTF-8 CSV</translation>
    </message>
    <message>
        <source>Berkas CSV kosong</source>
        <translation>The CSV file is empty</translation>
    </message>
    <message>
        <source>Berkas CSV terlalu banyak baris (paling banyak %1)</source>
        <translation>The CSV file has too many rows (at most %1)</translation>
    </message>
    <message>
        <source>kepala kolom harus persis: %1</source>
        <translation>the column headers must be exactly: %1</translation>
    </message>
    <message>
        <source>kolom berlebih pada kepala</source>
        <translation>extra columns in the header</translation>
    </message>
    <message>
        <source>ada %1 kolom, seharusnya %2</source>
        <translation>%1 columns, expected %2</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <source>hanya huruf, angka, . _ / - (paling banyak 40)</source>
        <translation>letters, digits, . _ / - only (at most 40)</translation>
    </message>
    <message>
        <source>wajib diisi, paling banyak 200 karakter</source>
        <translation>required, at most 200 characters</translation>
    </message>
    <message>
        <source>wajib diisi; tingkat dipisah &quot;&gt;&quot;, paling banyak 5 tingkat</source>
        <translation>required; levels separated by &quot;&gt;&quot;, at most 5 levels</translation>
    </message>
    <message>
        <source>wajib diisi, paling banyak 40 karakter</source>
        <translation>required, at most 40 characters</translation>
    </message>
    <message>
        <source>rupiah utuh berupa angka (titik pemisah ribuan boleh), mis. 1.250.000</source>
        <translation>whole rupiah as a number (dots as thousands separators allowed), e.g. 1.250.000</translation>
    </message>
    <message>
        <source>harus lebih dari 0 dan masuk akal</source>
        <translation>must be more than 0 and plausible</translation>
    </message>
    <message>
        <source>wajib diisi: kode zona harga atau *</source>
        <translation>required: a price zone code or *</translation>
    </message>
    <message>
        <source>zona harga %1 belum ditetapkan</source>
        <translation>price zone %1 has not been defined</translation>
    </message>
    <message>
        <source>persentase 0–100, desimal dengan titik atau koma (mis. 45,5)</source>
        <translation>a percentage 0–100, decimals with a dot or comma (e.g. 45,5)</translation>
    </message>
    <message>
        <source>isi ya atau tidak</source>
        <translation>enter ya (yes) or tidak (no)</translation>
    </message>
    <message>
        <source>NPWP harus 15 atau 16 angka</source>
        <translation>NPWP must have 15 or 16 digits</translation>
    </message>
    <message>
        <source>kode_produk dan zona sama dengan baris %1</source>
        <translation>same kode_produk and zone as row %1</translation>
    </message>
    <message>
        <source>berbeda dengan baris %1 untuk produk yang sama</source>
        <translation>differs from row %1 for the same product</translation>
    </message>
    <message>
        <source>berbeda dengan baris %1 untuk NPWP yang sama</source>
        <translation>differs from row %1 for the same NPWP</translation>
    </message>
    <message>
        <source>Impor dibatalkan, tidak ada yang berubah: %1</source>
        <translation>Import cancelled, nothing was changed: %1</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::OrderBook</name>
    <message>
        <source>Pesanan sudah dihapus</source>
        <translation>The order has already been deleted</translation>
    </message>
    <message>
        <source>Produk %1 tidak aktif di katalog</source>
        <translation>Product %1 is not active in the catalogue</translation>
    </message>
    <message>
        <source>Produk %1 belum berharga untuk zona ini</source>
        <translation>Product %1 has no price for this zone yet</translation>
    </message>
    <message>
        <source>Satu pesanan hanya untuk satu penyedia; buat pesanan lain untuk %1</source>
        <translation>One order is for one supplier only; create another order for %1</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::OrderDocuments</name>
    <message>
        <source>Tidak dapat membuat PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <source>Surat pesanan dibuat setelah kontrak ditandatangani (nomor SP belum ada)</source>
        <translation>The purchase order is created after the contract is signed (there is no SP number yet)</translation>
    </message>
    <message>
        <source>BAST dibuat setelah barang diterima (nomor BAST belum ada)</source>
        <translation>The BAST (handover report) is created after the goods are received (there is no BAST number yet)</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::OrderState</name>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Negosiasi</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Kontrak</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Diterima (BAST)</source>
        <translation>Received (BAST)</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::OrderTableModel</name>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>awaiting sync</translation>
    </message>
    <message>
        <source>tersinkron</source>
        <translation>synced</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pagu</source>
        <translation>Budget ceiling</translation>
    </message>
    <message>
        <source>Kode RUP</source>
        <translation>RUP code</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Total harga</source>
        <extracomment>The package&apos;s total value in rupiah.</extracomment>
        <translation>Total price</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::OrdersTab</name>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>awaiting sync</translation>
    </message>
    <message>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Negosiasi</source>
        <translation>Negotiate</translation>
    </message>
    <message>
        <source>Ubah harga</source>
        <translation>Change price</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Kontrak / SP</source>
        <translation>Contract / SP</translation>
    </message>
    <message>
        <source>BAST diterima</source>
        <translation>BAST received</translation>
    </message>
    <message>
        <source>Catat bayar</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Hapus barang</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Paket baru</source>
        <translation>New package</translation>
    </message>
    <message>
        <source>mis. Belanja ATK triwulan I</source>
        <translation>e.g. Office supplies, 1st quarter</translation>
    </message>
    <message>
        <source>mis. 5.1.02.01.01.0024</source>
        <translation>e.g. 5.1.02.01.01.0024</translation>
    </message>
    <message>
        <source>Buat paket</source>
        <translation>Create package</translation>
    </message>
    <message>
        <source>Nama paket</source>
        <translation>Package name</translation>
    </message>
    <message>
        <source>Kode RUP</source>
        <translation>RUP code</translation>
    </message>
    <message>
        <source>Kode rekening</source>
        <translation>Account code</translation>
    </message>
    <message>
        <source>Pagu (Rp)</source>
        <translation>Budget ceiling (Rp)</translation>
    </message>
    <message>
        <source>Zona harga</source>
        <translation>Price zone</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Harga satuan</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Waktu (server)</source>
        <translation>Time (server)</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Catatan langkah (opsional)</source>
        <translation>Step notes (optional)</translation>
    </message>
    <message>
        <source>Nomor SP / BAST / bukti bayar</source>
        <translation>SP / BAST / payment receipt number</translation>
    </message>
    <message>
        <source>harga nego</source>
        <translation>negotiated price</translation>
    </message>
    <message>
        <source>Surat pesanan (PDF)</source>
        <translation>Purchase order (PDF)</translation>
    </message>
    <message>
        <source>BAST (PDF)</source>
        <translation>BAST (PDF)</translation>
    </message>
    <message>
        <source>Dokumen untuk ditandatangani (TTE):</source>
        <translation>Documents to sign (e-signature):</translation>
    </message>
    <message>
        <source>Paket terpilih</source>
        <translation>Selected package</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Paket dibuat sebagai draf; tambahkan barang dari tab Katalog</source>
        <translation>Package created as a draft; add items from the Catalogue tab</translation>
    </message>
    <message>
        <source>Belum ada paket. Buat paket baru di sebelah kiri.</source>
        <translation>No packages yet. Create a new package on the left.</translation>
    </message>
    <message>
        <source>RUP %1 · rekening %2 · zona %3</source>
        <translation>RUP %1 · account %2 · zone %3</translation>
    </message>
    <message>
        <source>umum</source>
        <translation>general</translation>
    </message>
    <message>
        <source>melebihi pagu</source>
        <translation>exceeds the budget ceiling</translation>
    </message>
    <message>
        <source>Di atas batas pejabat pengadaan (%1): disetujui PPK</source>
        <translation>Above the procurement official&apos;s limit (%1): approved by the PPK</translation>
    </message>
    <message>
        <source>Dalam batas pejabat pengadaan (%1)</source>
        <translation>Within the procurement official&apos;s limit (%1)</translation>
    </message>
    <message>
        <source>Surat pesanan: %1</source>
        <translation>Purchase order: %1</translation>
    </message>
    <message>
        <source>BAST: %1</source>
        <translation>BAST: %1</translation>
    </message>
    <message>
        <source>Dibayar %1 (%2)</source>
        <translation>Paid %1 (%2)</translation>
    </message>
    <message>
        <source>Perubahan menunggu sinkronisasi dengan server</source>
        <translation>Changes awaiting sync with the server</translation>
    </message>
    <message>
        <source>Pilih barangnya dulu</source>
        <translation>Choose the item first</translation>
    </message>
    <message>
        <source>Tersimpan; dikirim ke server pada sinkronisasi berikutnya</source>
        <translation>Saved; sent to the server at the next sync</translation>
    </message>
    <message>
        <source>Simpan BAST</source>
        <translation>Save BAST</translation>
    </message>
    <message>
        <source>Simpan surat pesanan</source>
        <translation>Save purchase order</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Tersimpan di %1; tanda tangani di modul Tanda Tangan Elektronik (penanda ${ttd})</source>
        <translation>Saved to %1; sign it in the Electronic Signature module (marker ${ttd})</translation>
    </message>
    <message>
        <source>Banyaknya</source>
        <extracomment>Quantity ordered of one item (not money).</extracomment>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Oleh (sebagai)</source>
        <translation>By (as)</translation>
    </message>
    <message>
        <source>Total harga</source>
        <extracomment>The order&apos;s total value in rupiah after this step.</extracomment>
        <translation>Total price</translation>
    </message>
    <message>
        <source>Total harga &lt;b&gt;%1&lt;/b&gt; dari pagu %2</source>
        <translation>Total price &lt;b&gt;%1&lt;/b&gt; of budget ceiling %2</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::Policy</name>
    <message>
        <source>Hanya admin katalog yang dapat mengubah data katalog</source>
        <translation>Only catalogue administrators can change catalogue data</translation>
    </message>
    <message>
        <source>Data katalog tidak dihapus; nonaktifkan saja</source>
        <translation>Catalogue data is not deleted; deactivate it instead</translation>
    </message>
    <message>
        <source>Perubahan katalog hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Catalogue changes can only be recorded in your own name</translation>
    </message>
    <message>
        <source>Kode data tidak sesuai dengan kuncinya (%1)</source>
        <translation>The data ID does not match its key (%1)</translation>
    </message>
    <message>
        <source>Kode zona harga hanya huruf besar, angka, - dan _ (paling banyak 20)</source>
        <translation>A price zone code may contain only capital letters, digits, - and _ (at most 20)</translation>
    </message>
    <message>
        <source>NPWP penyedia harus 15 atau 16 angka</source>
        <translation>The supplier&apos;s NPWP must have 15 or 16 digits</translation>
    </message>
    <message>
        <source>Jalur kategori tidak valid (paling banyak 5 tingkat, dipisah &quot;&gt;&quot;)</source>
        <translation>Invalid category path (at most 5 levels, separated by &quot;&gt;&quot;)</translation>
    </message>
    <message>
        <source>Nama kategori harus bagian terakhir jalurnya</source>
        <translation>The category name must be the last part of its path</translation>
    </message>
    <message>
        <source>Induk kategori tidak sesuai dengan jalurnya</source>
        <translation>The parent category does not match its path</translation>
    </message>
    <message>
        <source>Kode produk hanya huruf, angka, . _ / - (paling banyak 40)</source>
        <translation>A product code may contain only letters, digits, . _ / - (at most 40)</translation>
    </message>
    <message>
        <source>TKDN harus antara 0 dan 100 persen</source>
        <translation>TKDN must be between 0 and 100 per cent</translation>
    </message>
    <message>
        <source>Gambar produk harus dirujuk dengan SHA-256</source>
        <translation>Product images must be referenced by SHA-256</translation>
    </message>
    <message>
        <source>Zona harga tidak valid</source>
        <translation>Invalid price zone</translation>
    </message>
    <message>
        <source>Harga tidak merujuk produk %1</source>
        <translation>The price does not refer to product %1</translation>
    </message>
    <message>
        <source>Harga harus rupiah utuh lebih dari 0</source>
        <translation>The price must be whole rupiah above 0</translation>
    </message>
    <message>
        <source>Hanya pesanan berstatus draf yang dapat dihapus; batalkan saja</source>
        <translation>Only draft orders can be deleted; cancel it instead</translation>
    </message>
    <message>
        <source>Hanya pejabat pengadaan atau PPK yang dapat menghapus draf pesanan</source>
        <translation>Only the procurement official or the PPK can delete a draft order</translation>
    </message>
    <message>
        <source>Rincian pesanan harus berupa daftar</source>
        <translation>The order lines must be a list</translation>
    </message>
    <message>
        <source>Pagu anggaran harus rupiah utuh lebih dari 0</source>
        <translation>The budget ceiling must be whole rupiah above 0</translation>
    </message>
    <message>
        <source>Unit dan pembuat pesanan tidak dapat diubah atau diatasnamakan orang lain</source>
        <translation>An order&apos;s unit and creator cannot be changed or set to someone else</translation>
    </message>
    <message>
        <source>Status pesanan tersimpan tidak dikenal</source>
        <translation>The stored order status is unknown</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Pesanan %1 tidak dapat menjadi %2: %3</source>
        <translation>Order %1 cannot become %2: %3</translation>
    </message>
    <message>
        <source>hanya pejabat pengadaan atau PPK yang berwenang</source>
        <translation>only the procurement official or the PPK is authorised</translation>
    </message>
    <message>
        <source>hanya PPK yang berwenang</source>
        <translation>only the PPK is authorised</translation>
    </message>
    <message>
        <source>%1 wajib diisi</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <source>pesanan baru selalu dimulai sebagai draf</source>
        <translation>a new order always starts as a draft</translation>
    </message>
    <message>
        <source>belum ada barang</source>
        <translation>there are no items yet</translation>
    </message>
    <message>
        <source>jumlah %1 melebihi pagu %2</source>
        <translation>total %1 exceeds the budget ceiling %2</translation>
    </message>
    <message>
        <source>nilai %1 melebihi batas pejabat pengadaan %2, harus disetujui PPK</source>
        <translation>value %1 exceeds the procurement official&apos;s limit %2 and must be approved by the PPK</translation>
    </message>
    <message>
        <source>Nomor surat pesanan/kontrak</source>
        <translation>Purchase order/contract number</translation>
    </message>
    <message>
        <source>Tanggal kontrak</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <source>Nomor adendum</source>
        <translation>Addendum number</translation>
    </message>
    <message>
        <source>Alasan adendum</source>
        <translation>Addendum reason</translation>
    </message>
    <message>
        <source>Nomor BAST</source>
        <translation>BAST number</translation>
    </message>
    <message>
        <source>Tanggal BAST</source>
        <translation>BAST date</translation>
    </message>
    <message>
        <source>hanya bendahara yang mencatat pembayaran</source>
        <translation>only the treasurer records payments</translation>
    </message>
    <message>
        <source>Cara bayar (UP, LS atau KKPD)</source>
        <translation>Payment method (UP, LS or KKPD)</translation>
    </message>
    <message>
        <source>Nomor bukti pembayaran</source>
        <translation>Payment receipt number</translation>
    </message>
    <message>
        <source>pesanan sudah %1</source>
        <translation>the order is already %1</translation>
    </message>
    <message>
        <source>perpindahan status ini tidak ada dalam alur pesanan</source>
        <translation>this status change is not part of the order workflow</translation>
    </message>
    <message>
        <source>Kolom %1 tidak dapat diubah pada pesanan berstatus %2</source>
        <translation>Field %1 cannot be changed on an order with status %2</translation>
    </message>
    <message>
        <source>Adendum nomor %1 sudah dicatat</source>
        <translation>Addendum number %1 has already been recorded</translation>
    </message>
    <message>
        <source>Saat negosiasi barang tidak dapat ditambah atau dihapus</source>
        <translation>Items cannot be added or removed during negotiation</translation>
    </message>
    <message>
        <source>Saat negosiasi harga %1 hanya dapat turun</source>
        <translation>During negotiation the price of %1 can only go down</translation>
    </message>
    <message>
        <source>Saat negosiasi hanya harga satuan yang dapat diubah</source>
        <translation>During negotiation only the unit price can be changed</translation>
    </message>
    <message>
        <source>Satu pesanan paling banyak %1 barang</source>
        <translation>An order can have at most %1 items</translation>
    </message>
    <message>
        <source>Rincian pesanan tidak valid</source>
        <translation>Invalid order lines</translation>
    </message>
    <message>
        <source>Kolom rincian %1 tidak dikenal</source>
        <translation>Unknown order line field %1</translation>
    </message>
    <message>
        <source>Setiap barang harus merujuk satu produk katalog, sekali saja</source>
        <translation>Each item must refer to one catalogue product, only once</translation>
    </message>
    <message>
        <source>Jumlah barang %1 harus bilangan bulat 1 sampai 1.000.000</source>
        <translation>The quantity of item %1 must be a whole number from 1 to 1,000,000</translation>
    </message>
    <message>
        <source>Harga satuan %1 harus rupiah utuh lebih dari 0</source>
        <translation>The unit price of %1 must be whole rupiah above 0</translation>
    </message>
    <message>
        <source>Nilai pesanan terlalu besar</source>
        <translation>The order value is too large</translation>
    </message>
    <message>
        <source>Satu produk paling banyak %1 gambar</source>
        <translation>A product can have at most %1 images</translation>
    </message>
    <message>
        <source>Gambar produk tidak boleh ganda</source>
        <translation>Product images must not be duplicated</translation>
    </message>
    <message>
        <source>Total harga pesanan %1 tidak sesuai dengan rinciannya (%2)</source>
        <translation>Order total %1 does not match its line items (%2)</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::ProductImageLoader</name>
    <message>
        <source>Gambar belum diunduh; perangkat ini tidak tersambung ke server</source>
        <translation>Image not downloaded yet; this device is not connected to the server</translation>
    </message>
    <message>
        <source>Gambar belum diunduh; sedang diminta dari server</source>
        <translation>Image not downloaded yet; requesting it from the server</translation>
    </message>
    <message>
        <source>Gambar rusak atau tidak dapat dibaca</source>
        <translation>Image is corrupt or unreadable</translation>
    </message>
    <message>
        <source>Gambar belum diunduh: %1</source>
        <translation>Image not downloaded yet: %1</translation>
    </message>
    <message>
        <source>Gambar tidak dapat diunduh: %1</source>
        <translation>Image could not be downloaded: %1</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::ProductImageStrip</name>
    <message>
        <source>Belum ada gambar produk</source>
        <translation>No product images yet</translation>
    </message>
    <message>
        <source>Klik untuk memperbesar</source>
        <translation>Click to enlarge</translation>
    </message>
    <message>
        <source>Gambar tidak
tersedia</source>
        <translation>Image not
available</translation>
    </message>
    <message>
        <source>Gambar belum
diunduh</source>
        <translation>Image not yet
downloaded</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::ProductImageViewer</name>
    <message>
        <source>Gambar produk</source>
        <translation>Product image</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hapus gambar dari produk</source>
        <translation>Remove image from product</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::ProductTableModel</name>
    <message>
        <source>%1 (nonaktif)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>PDN</source>
        <translation>PDN</translation>
    </message>
    <message>
        <source>%1 · UMK</source>
        <translation>%1 · UMK</translation>
    </message>
    <message>
        <source>Harga umum (zona ini tidak punya harga sendiri)</source>
        <translation>General price (this zone has no price of its own)</translation>
    </message>
    <message>
        <source>Tidak ada harga untuk zona ini</source>
        <translation>No price for this zone</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama produk</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>TKDN</source>
        <translation>TKDN</translation>
    </message>
    <message>
        <source>Penyedia</source>
        <translation>Supplier</translation>
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
    <name>lontar::esign::BatchTab</name>
    <message>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
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
        <source>Penanda tempat stempel</source>
        <translation>Stamp placement marker</translation>
    </message>
    <message>
        <source>Stempel ditempatkan pada penanda (mis. ${ttd}) atau di atas nama penanda tangan; bila tidak ada, di kanan bawah halaman terakhir. Dokumen asli tidak diubah; hasil disimpan sebagai &lt;i&gt;nama&lt;/i&gt;-ttd.pdf di folder hasil. Sertifikat dan jenis tanda tangan diambil dari tab Tandatangani.</source>
        <translation>The stamp is placed at the marker (e.g. ${ttd}) or above the signer&apos;s name; if there is none, at the bottom right of the last page. Originals are not changed; results are saved as &lt;i&gt;name&lt;/i&gt;-ttd.pdf in the output folder. The certificate and signature type come from the Sign tab.</translation>
    </message>
    <message>
        <source>Pilih folder dokumen asli</source>
        <translation>Choose the folder of originals</translation>
    </message>
    <message>
        <source>Pilih folder hasil</source>
        <translation>Choose the output folder</translation>
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
        <source>Folder %1 tidak berisi dokumen PDF.</source>
        <translation>Folder %1 contains no PDF documents.</translation>
    </message>
    <message>
        <source>Berkas hasil sudah ada</source>
        <translation>Output files already exist</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas hasil sudah ada di folder hasil. Timpa berkas itu, atau lewati dokumennya?</source>
        <translation>
            <numerusform>%n output file already exists in the output folder. Overwrite it, or skip its document?</numerusform>
            <numerusform>%n output files already exist in the output folder. Overwrite them, or skip their documents?</numerusform>
        </translation>
    </message>
    <message>
        <source>Timpa</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::DemoKeys</name>
    <message>
        <source>%1 tidak dapat ditulis: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Kunci demo tidak dapat dibuat: %1</source>
        <translation>Cannot create the demo key: %1</translation>
    </message>
    <message>
        <source>Sertifikat demo tidak dapat dibuat: %1</source>
        <translation>Cannot create the demo certificate: %1</translation>
    </message>
    <message>
        <source>Berkas sertifikat demo tidak dapat dibuat: %1</source>
        <translation>Cannot create the demo certificate file: %1</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>Cannot create folder %1.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::EsignPage</name>
    <message>
        <source>Tandatangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Tanda tangan massal</source>
        <translation>Batch signing</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>lontar::esign::EsignSettings</name>
    <message>
        <source>Alamat halaman verifikasi harus berupa alamat web (https://…).</source>
        <translation>The verification page address must be a web address (https://…).</translation>
    </message>
</context>
<context>
    <name>lontar::esign::EsignSettingsPage</name>
    <message>
        <source>Tanda tangan hanya dinyatakan sah bila sertifikatnya berantai ke sertifikat akar yang dipercaya. Tambahkan sertifikat akar resmi, misalnya Root CA Indonesia dan sertifikat CA BSrE, dari berkas .cer, .crt atau .pem.</source>
        <translation>A signature is only declared valid if its certificate chains up to a trusted root certificate. Add the official root certificates, for example Root CA Indonesia and the BSrE CA certificate, from .cer, .crt or .pem files.</translation>
    </message>
    <message>
        <source>Sertifikat akar</source>
        <translation>Root certificates</translation>
    </message>
    <message>
        <source>Diterbitkan oleh</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Tambah sertifikat akar…</source>
        <translation>Add root certificate…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Dokumen ini ditandatangani secara elektronik menggunakan sertifikat yang diterbitkan oleh %1.</source>
        <translation>This document was signed electronically using a certificate issued by %1.</translation>
    </message>
    <message>
        <source>Untuk sertifikat yang bukan dari BSrE; %1 diganti nama penerbit.</source>
        <translation>For certificates not from BSrE; %1 is replaced by the issuer&apos;s name.</translation>
    </message>
    <message>
        <source>Keterangan di bawah stempel (penerbit selain BSrE)</source>
        <translation>Note below the stamp (issuers other than BSrE)</translation>
    </message>
    <message>
        <source>Alamat halaman verifikasi untuk kode QR</source>
        <translation>Verification page address for the QR code</translation>
    </message>
    <message>
        <source>Sidik jari SHA-256: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <source>(akar, menerbitkan sendiri)</source>
        <translation>(root, self-issued)</translation>
    </message>
    <message>
        <source>Belum ada sertifikat akar: tanda tangan akan ditampilkan &quot;belum tepercaya&quot;.</source>
        <translation>No root certificates yet: signatures will be shown as &quot;not yet trusted&quot;.</translation>
    </message>
    <message>
        <source>Pilih sertifikat akar</source>
        <translation>Choose root certificate</translation>
    </message>
    <message>
        <source>Sertifikat (*.cer *.crt *.pem *.der);;Semua berkas (*)</source>
        <translation>Certificates (*.cer *.crt *.pem *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Dipercaya: %1</source>
        <translation>Trusted: %1</translation>
    </message>
    <message>
        <source>Hapus sertifikat akar</source>
        <translation>Remove root certificate</translation>
    </message>
    <message>
        <source>Berhenti memercayai %1? Tanda tangan yang berantai ke sertifikat ini tidak lagi dinyatakan sah.</source>
        <translation>Stop trusting %1? Signatures that chain up to this certificate will no longer be declared valid.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::HistoryTab</name>
    <message>
        <source>Tanda tangan saya</source>
        <translation>My signatures</translation>
    </message>
    <message>
        <source>Semua yang dapat saya lihat</source>
        <translation>Everything I can see</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Belum ada penandatanganan. Dokumen yang Anda tandatangani atau gagal ditandatangani tercatat di sini dan di log audit.</source>
        <translation>No signings yet. Documents you sign, or fail to sign, are recorded here and in the audit log.</translation>
    </message>
    <message>
        <source>%1 (NIP %2)</source>
        <translation>%1 (NIP %2)</translation>
    </message>
    <message>
        <source>Berhasil, belum terkirim ke server</source>
        <translation>Succeeded, not yet sent to the server</translation>
    </message>
    <message>
        <source>Berhasil</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Gagal menandatangani</source>
        <translation>Signing failed</translation>
    </message>
</context>
<context>
    <name>lontar::esign::KeyChooser</name>
    <message>
        <source>Berkas sertifikat (.p12 / .pfx)</source>
        <translation>Certificate file (.p12 / .pfx)</translation>
    </message>
    <message>
        <source>Token atau kartu pintar</source>
        <translation>Token or smart card</translation>
    </message>
    <message>
        <source>berkas sertifikat dari BSrE atau CA instansi</source>
        <translation>certificate file from BSrE or your agency&apos;s CA</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Pustaka driver token (PKCS#11) dari pemasok token</source>
        <translation>Token driver library (PKCS#11) from the token vendor</translation>
    </message>
    <message>
        <source>nama token</source>
        <translation>token name</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat</source>
        <translation>Choose certificate file</translation>
    </message>
    <message>
        <source>Berkas sertifikat (*.p12 *.pfx)</source>
        <translation>Certificate files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Penandatanganan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Signing cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Isi nama token terlebih dahulu.</source>
        <translation>Enter the token name first.</translation>
    </message>
    <message>
        <source>PIN token</source>
        <translation>Token PIN</translation>
    </message>
    <message>
        <source>PIN token %1:</source>
        <translation>PIN for token %1:</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat terlebih dahulu.</source>
        <translation>Choose a certificate file first.</translation>
    </message>
    <message>
        <source>Kata sandi sertifikat</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <source>Kata sandi berkas sertifikat Anda:</source>
        <translation>Password of your certificate file:</translation>
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
    <name>lontar::esign::SignTab</name>
    <message>
        <source>Menandatangani dokumen</source>
        <translation>Signing a document</translation>
    </message>
    <message>
        <source>Buka dokumen PDF yang akan ditandatangani.</source>
        <translation>Open the PDF document to be signed.</translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel, atau pilih paraf.</source>
        <translation>Drag on the page to place the stamp, or choose initials.</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat Anda atau token.</source>
        <translation>Choose your certificate file or token.</translation>
    </message>
    <message>
        <source>Tekan Tandatangani dan tentukan tempat menyimpan hasilnya. Dokumen asli tidak diubah.</source>
        <translation>Press Sign and choose where to save the result. The original document is not changed.</translation>
    </message>
    <message>
        <source>Buka PDF…</source>
        <translation>Open PDF…</translation>
    </message>
    <message>
        <source>Belum ada dokumen.</source>
        <translation>No document yet.</translation>
    </message>
    <message>
        <source>Tanda tangan dengan stempel</source>
        <translation>Signature with stamp</translation>
    </message>
    <message>
        <source>Paraf</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Tanda tangan tanpa stempel</source>
        <translation>Signature without stamp</translation>
    </message>
    <message>
        <source>mis. Disetujui</source>
        <translation>e.g. Approved</translation>
    </message>
    <message>
        <source>Dasar</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Dengan stempel waktu</source>
        <translation>With timestamp</translation>
    </message>
    <message>
        <source>Jangka panjang (dapat diperiksa tanpa internet)</source>
        <translation>Long-term (can be checked without internet)</translation>
    </message>
    <message>
        <source>Arsip jangka panjang</source>
        <translation>Long-term archive</translation>
    </message>
    <message>
        <source>Tingkat PAdES: B-B, B-T, B-LT, B-LTA. Mulai dari &quot;dengan stempel waktu&quot; diperlukan server stempel waktu; tingkat jangka panjang menyimpan status sertifikat di dalam dokumen.</source>
        <translation>PAdES level: B-B, B-T, B-LT, B-LTA. From &quot;with timestamp&quot; upwards a timestamp server is needed; the long-term levels store the certificate status inside the document.</translation>
    </message>
    <message>
        <source>Tidak (tanda tangan persetujuan)</source>
        <translation>No (approval signature)</translation>
    </message>
    <message>
        <source>Ya, sesudahnya tidak boleh ada perubahan</source>
        <translation>Yes, no changes allowed afterwards</translation>
    </message>
    <message>
        <source>Ya, sesudahnya hanya isian formulir dan tanda tangan</source>
        <translation>Yes, afterwards only form filling and signatures</translation>
    </message>
    <message>
        <source>Ya, sesudahnya juga catatan (anotasi)</source>
        <translation>Yes, afterwards also comments (annotations)</translation>
    </message>
    <message>
        <source>Sertifikasi (DocMDP) oleh penanda tangan pertama: pemeriksa akan menyatakan tidak sah setiap perubahan di luar yang diizinkan.</source>
        <translation>Certification (DocMDP) by the first signer: checkers will declare any change beyond what is allowed not valid.</translation>
    </message>
    <message>
        <source>opsional, mis. dari BSrE</source>
        <translation>optional, e.g. from BSrE</translation>
    </message>
    <message>
        <source>Server stempel waktu menjamin waktu penandatanganan (PAdES B-T).</source>
        <translation>A timestamp server guarantees the signing time (PAdES B-T).</translation>
    </message>
    <message>
        <source>Tandatangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel; seret stempel untuk memindahkannya.</source>
        <translation>Drag on the page to place the stamp; drag the stamp to move it.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;NIP. %2&lt;br&gt;&lt;span style=&apos;color:#6b6b6b&apos;&gt;Nama dan NIP pada stempel diambil dari sertifikat; sertifikat harus milik Anda.&lt;/span&gt;</source>
        <translation>%1&lt;br&gt;NIP. %2&lt;br&gt;&lt;span style=&apos;color:#6b6b6b&apos;&gt;The name and NIP on the stamp come from the certificate; the certificate must be yours.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
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
        <source>Tingkat tanda tangan</source>
        <translation>Signature level</translation>
    </message>
    <message>
        <source>Sertifikasi dokumen</source>
        <translation>Document certification</translation>
    </message>
    <message>
        <source>Server stempel waktu</source>
        <translation>Timestamp server</translation>
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
        <source>%1 dilindungi kata sandi dan tidak dapat ditandatangani.</source>
        <translation>%1 is password-protected and cannot be signed.</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibuka sebagai PDF.</source>
        <translation>%1 cannot be opened as a PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Dokumen: &lt;b&gt;%1&lt;/b&gt; (%n halaman)</source>
        <translation>
            <numerusform>Document: &lt;b&gt;%1&lt;/b&gt; (%n page)</numerusform>
            <numerusform>Document: &lt;b&gt;%1&lt;/b&gt; (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel.</source>
        <translation>Drag on the page to place the stamp.</translation>
    </message>
    <message>
        <source>Tingkat ini memerlukan server stempel waktu; isi alamatnya atau pilih tingkat Dasar.</source>
        <translation>This level needs a timestamp server; enter its address or choose the Basic level.</translation>
    </message>
    <message>
        <source>Simpan PDF bertanda tangan</source>
        <translation>Save signed PDF</translation>
    </message>
    <message>
        <source>Penandatanganan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Signing cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Menandatangani…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Ditandatangani dan disimpan sebagai %1.</source>
        <translation>Signed and saved as %1.</translation>
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
    <name>lontar::esign::SigningPermission</name>
    <message>
        <source>Sertifikat kunci tidak dapat dibaca.</source>
        <translation>The key&apos;s certificate cannot be read.</translation>
    </message>
    <message>
        <source>Dokumen ini ditandatangani secara elektronik dengan sertifikat swa-tanda yang tidak diterbitkan oleh penyelenggara sertifikasi elektronik.</source>
        <translation>This document was signed electronically with a self-signed certificate that was not issued by an electronic certification provider.</translation>
    </message>
    <message>
        <source>Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE.</source>
        <translation>This document has been signed electronically using an electronic certificate issued by BSrE.</translation>
    </message>
    <message>
        <source>Dokumen ini ditandatangani secara elektronik menggunakan sertifikat yang diterbitkan oleh %1.</source>
        <translation>This document was signed electronically using a certificate issued by %1.</translation>
    </message>
    <message>
        <source>penerbit yang tidak dikenal</source>
        <translation>an unknown issuer</translation>
    </message>
    <message>
        <source>Sertifikat atas nama %1 tidak memuat NIP dan belum didaftarkan untuk akun Anda, jadi tidak dapat dipakai untuk menandatangani atas nama %2.</source>
        <translation>The certificate in the name of %1 contains no NIP and has not been registered for your account, so it cannot be used to sign on behalf of %2.</translation>
    </message>
    <message>
        <source>Sertifikat ini milik %1 (NIP %2), bukan milik Anda (NIP %3). Gunakan sertifikat Anda sendiri.</source>
        <translation>This certificate belongs to %1 (NIP %2), not to you (NIP %3). Use your own certificate.</translation>
    </message>
    <message>
        <source>Tanda tangan final hanya dapat dibuat oleh pejabat penandatangan. Anda dapat membubuhkan paraf.</source>
        <translation>Only a signing official can make a final signature. You can add your initials.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::TrustStore</name>
    <message>
        <source>Sertifikat %1 tidak dapat dibaca.</source>
        <translation>Cannot read certificate %1.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibuka.</source>
        <translation>Cannot open file %1.</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar untuk sebuah sertifikat.</source>
        <translation>File %1 is too large to be a certificate.</translation>
    </message>
    <message>
        <source>%1 bukan berkas sertifikat (PEM atau DER).</source>
        <translation>%1 is not a certificate file (PEM or DER).</translation>
    </message>
    <message>
        <source>%1 bukan sertifikat otoritas sertifikat (CA); yang dapat dipercaya hanya sertifikat akar atau CA penerbit.</source>
        <translation>%1 is not a certificate authority (CA) certificate; only root certificates or issuing CA certificates can be trusted.</translation>
    </message>
    <message>
        <source>Sertifikat tidak dapat disimpan: %1</source>
        <translation>Cannot save the certificate: %1</translation>
    </message>
    <message>
        <source>Sidik jari sertifikat tidak sah.</source>
        <translation>Invalid certificate fingerprint.</translation>
    </message>
    <message>
        <source>Sertifikat itu tidak ada di daftar tepercaya.</source>
        <translation>That certificate is not in the trusted list.</translation>
    </message>
    <message>
        <source>Sertifikat tidak dapat dihapus.</source>
        <translation>Cannot remove the certificate.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::VerificationPage</name>
    <message>
        <source>Verifikasi Dokumen</source>
        <translation>Document Verification</translation>
    </message>
    <message>
        <source>Verifikasi Tanda Tangan Elektronik</source>
        <translation>Electronic Signature Verification</translation>
    </message>
    <message>
        <source>Lontar — register penandatanganan</source>
        <translation>Lontar — signing register</translation>
    </message>
    <message>
        <source>Dokumen tidak terdaftar</source>
        <translation>Document not registered</translation>
    </message>
    <message>
        <source>Tautan atau kode QR ini tidak menunjuk ke catatan penandatanganan di server ini. Dokumen dengan kode QR ini tidak dapat dipastikan keasliannya.</source>
        <translation>This link or QR code does not point to a signing record on this server. The authenticity of a document with this QR code cannot be confirmed.</translation>
    </message>
    <message>
        <source>Permintaan tidak didukung</source>
        <translation>Request not supported</translation>
    </message>
    <message>
        <source>Layanan verifikasi sedang tidak dapat diakses</source>
        <translation>The verification service is currently unavailable</translation>
    </message>
    <message>
        <source>Coba lagi beberapa saat lagi.</source>
        <translation>Please try again in a moment.</translation>
    </message>
    <message>
        <source>Terdaftar: dokumen ini ditandatangani secara elektronik</source>
        <translation>Registered: this document was signed electronically</translation>
    </message>
    <message>
        <source>Penandatanganan tercatat di register server. Periksa juga berkas PDF yang Anda pegang di bawah.</source>
        <translation>The signing is recorded in the server register. Also check the PDF file you hold below.</translation>
    </message>
    <message>
        <source>Penandatanganan GAGAL</source>
        <translation>Signing FAILED</translation>
    </message>
    <message>
        <source>Register mencatat bahwa penandatanganan dokumen ini tidak berhasil. Tidak ada dokumen bertanda tangan yang sah dari catatan ini.</source>
        <translation>The register records that signing this document did not succeed. No validly signed document comes from this record.</translation>
    </message>
    <message>
        <source>Catatan penandatanganan</source>
        <translation>Signing record</translation>
    </message>
    <message>
        <source>Nama dokumen</source>
        <translation>Document name</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Berhasil ditandatangani</source>
        <translation>Signed successfully</translation>
    </message>
    <message>
        <source>Gagal ditandatangani</source>
        <translation>Signing failed</translation>
    </message>
    <message>
        <source>Diterima server</source>
        <translation>Received by server</translation>
    </message>
    <message>
        <source>SHA-256 dokumen asli</source>
        <translation>SHA-256 of the original document</translation>
    </message>
    <message>
        <source>SHA-256 dokumen bertanda tangan</source>
        <translation>SHA-256 of the signed document</translation>
    </message>
    <message>
        <source>Hash kode QR cocok</source>
        <translation>QR code hash matches</translation>
    </message>
    <message>
        <source>Hash dokumen pada tautan (kode QR) sama dengan hash dokumen asli yang terdaftar.</source>
        <translation>The document hash in the link (QR code) is the same as the hash of the registered original document.</translation>
    </message>
    <message>
        <source>Hash kode QR tidak cocok</source>
        <translation>QR code hash does not match</translation>
    </message>
    <message>
        <source>Hash pada tautan (kode QR) berbeda dengan dokumen asli yang terdaftar. Kode QR ini mungkin disalin dari dokumen lain.</source>
        <translation>The hash in the link (QR code) differs from the registered original document. This QR code may have been copied from another document.</translation>
    </message>
    <message>
        <source>Periksa berkas PDF Anda</source>
        <translation>Check your PDF file</translation>
    </message>
    <message>
        <source>Pilih berkas PDF yang Anda terima (paling besar %1 MB)</source>
        <translation>Choose the PDF file you received (at most %1 MB)</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Catatan register saja tidak membuktikan keabsahan dokumen yang Anda pegang; keabsahannya dipastikan dengan memeriksa berkas PDF-nya di sini.</source>
        <translation>The register record alone does not prove the validity of the document you hold; its validity is confirmed by checking its PDF file here.</translation>
    </message>
    <message>
        <source>Tidak ada yang dapat dibandingkan</source>
        <translation>Nothing to compare</translation>
    </message>
    <message>
        <source>Penandatanganan ini tercatat gagal, jadi tidak ada berkas bertanda tangan yang terdaftar.</source>
        <translation>This signing is recorded as failed, so no signed file is registered.</translation>
    </message>
    <message>
        <source>Unggahan tidak dapat dibaca</source>
        <translation>The upload cannot be read</translation>
    </message>
    <message>
        <source>Kirim ulang berkas PDF melalui formulir di halaman ini.</source>
        <translation>Send the PDF file again using the form on this page.</translation>
    </message>
    <message>
        <source>Jenis unggahan tidak didukung</source>
        <translation>Upload type not supported</translation>
    </message>
    <message>
        <source>Kirim berkas PDF melalui formulir di halaman ini.</source>
        <translation>Send the PDF file using the form on this page.</translation>
    </message>
    <message>
        <source>Tidak ada berkas yang diunggah</source>
        <translation>No file was uploaded</translation>
    </message>
    <message>
        <source>Pilih berkas PDF, lalu tekan Periksa.</source>
        <translation>Choose a PDF file, then press Check.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat diperiksa saat ini</source>
        <translation>The file cannot be checked at the moment</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca sebagai PDF</source>
        <translation>The file cannot be read as a PDF</translation>
    </message>
    <message>
        <source>Berkas yang diunggah bukan PDF, rusak, atau terenkripsi, sehingga tanda tangannya tidak dapat diperiksa.</source>
        <translation>The uploaded file is not a PDF, is damaged, or is encrypted, so its signatures cannot be checked.</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan berkas</source>
        <translation>File check result</translation>
    </message>
    <message>
        <source>Hash berkas cocok</source>
        <translation>File hash matches</translation>
    </message>
    <message>
        <source>Berkas yang diunggah sama persis dengan dokumen bertanda tangan yang terdaftar.</source>
        <translation>The uploaded file is exactly the same as the registered signed document.</translation>
    </message>
    <message>
        <source>Hash berkas tidak cocok</source>
        <translation>File hash does not match</translation>
    </message>
    <message>
        <source>Berkas ini adalah dokumen asli sebelum ditandatangani, bukan dokumen bertanda tangan yang terdaftar.</source>
        <translation>This file is the original document before signing, not the registered signed document.</translation>
    </message>
    <message>
        <source>Berkas yang diunggah berbeda dengan dokumen bertanda tangan yang terdaftar.</source>
        <translation>The uploaded file differs from the registered signed document.</translation>
    </message>
    <message>
        <source>Tanda tangan %1</source>
        <translation>Signature %1</translation>
    </message>
    <message>
        <source>Penanda tangan (sertifikat)</source>
        <translation>Signer (certificate)</translation>
    </message>
    <message>
        <source>Keutuhan</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>utuh, isi yang ditandatangani tidak berubah</source>
        <translation>intact, the signed content is unchanged</translation>
    </message>
    <message>
        <source>RUSAK: isi atau tanda tangan tidak cocok</source>
        <translation>BROKEN: the content or signature does not match</translation>
    </message>
    <message>
        <source>Kepercayaan</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Perubahan sesudahnya</source>
        <translation>Later changes</translation>
    </message>
    <message>
        <source>SHA-256 berkas yang diunggah</source>
        <translation>SHA-256 of the uploaded file</translation>
    </message>
</context>
<context>
    <name>lontar::esign::VerifyTab</name>
    <message>
        <source>Periksa PDF…</source>
        <translation>Check PDF…</translation>
    </message>
    <message>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tampilkan rincian teknis: sertifikat, algoritme, dan rentang byte</source>
        <translation>Show technical details: certificates, algorithms and byte ranges</translation>
    </message>
    <message>
        <source>Pilih dokumen PDF untuk memeriksa tanda tangan elektroniknya.</source>
        <translation>Choose a PDF document to check its electronic signatures.</translation>
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
        <source>Penanda tangan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sesudah ditandatangani</source>
        <translation>After signing</translation>
    </message>
    <message>
        <source>Periksa PDF</source>
        <translation>Check PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1 tidak dapat diperiksa: %2</source>
        <translation>%1 cannot be checked: %2</translation>
    </message>
    <message>
        <source>Sah</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Belum tepercaya</source>
        <translation>Not yet trusted</translation>
    </message>
    <message>
        <source>Tidak sah</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <source> (menurut penanda tangan)</source>
        <translation> (according to the signer)</translation>
    </message>
    <message>
        <source>Tanda tangan %1</source>
        <translation>Signature %1</translation>
    </message>
    <message>
        <source>Tidak diubah</source>
        <translation>Not modified</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Belum ada sertifikat akar tepercaya di komputer ini, sehingga identitas penanda tangan belum dapat dipastikan. Tambahkan sertifikat akar (mis. Root CA Indonesia dan BSrE) di Pengaturan → Tanda Tangan Elektronik.</source>
        <translation>There are no trusted root certificates on this computer yet, so the signer&apos;s identity cannot be confirmed. Add root certificates (e.g. Root CA Indonesia and BSrE) in Settings → Electronic Signature.</translation>
    </message>
    <message>
        <source>penanda tangan yang tidak dikenal</source>
        <translation>unknown signer</translation>
    </message>
    <message>
        <source>Ditandatangani oleh &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Signed by &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Keutuhan: isi yang ditandatangani tidak berubah.</source>
        <translation>Integrity: the signed content is unchanged.</translation>
    </message>
    <message>
        <source>Keutuhan: &lt;b&gt;gagal&lt;/b&gt; — tanda tangan rusak atau tidak cocok dengan isinya.</source>
        <translation>Integrity: &lt;b&gt;failed&lt;/b&gt; — the signature is broken or does not match the content.</translation>
    </message>
    <message>
        <source>Kepercayaan: %1.</source>
        <translation>Trust: %1.</translation>
    </message>
    <message>
        <source>Sesudah ditandatangani: %1.</source>
        <translation>After signing: %1.</translation>
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
</context>
<context>
    <name>lontar::records::DeliveriesWidget</name>
    <message>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Nomor naskah</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Dari unit</source>
        <translation>From unit</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Tidak ada kiriman naskah yang menunggu dicatat.
Naskah keluar yang sudah ditandatangani dan dikirim ke unit Anda muncul di sini setelah sinkronisasi; pencatat surat lalu mencatatnya sebagai naskah masuk.</source>
        <translation>No letter deliveries waiting to be registered.
Signed outgoing letters sent to your unit appear here after synchronization; the mail registrar then registers them as incoming letters.</translation>
    </message>
    <message>
        <source>Terima dan catat</source>
        <translation>Accept and register</translation>
    </message>
    <message>
        <source>Mencatat kiriman ini sebagai naskah masuk unit Anda dengan nomor agenda baru</source>
        <translation>Registers this delivery as an incoming letter of your unit with a new agenda number</translation>
    </message>
    <message>
        <source>Pilih kiriman untuk melihat naskahnya.</source>
        <translation>Select a delivery to view its letter.</translation>
    </message>
    <message>
        <source>Tanggal naskah</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Security classification</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>awaiting synchronization</translation>
    </message>
    <message>
        <source>Pilih kiriman naskah yang akan dicatat</source>
        <translation>Select the letter delivery to register</translation>
    </message>
    <message>
        <source>Hanya pencatat surat unit penerima yang dapat mencatat kiriman ini sebagai naskah masuk. Mintalah pencatat surat unit Anda untuk mencatatnya.</source>
        <translation>Only the mail registrar of the receiving unit can register this delivery as an incoming letter. Ask your unit&apos;s mail registrar to register it.</translation>
    </message>
    <message>
        <source>Berkas PDF kiriman ini belum ada di perangkat ini. Pilih “Unduh berkas” pada pratinjau, tunggu sampai halamannya tampil, lalu coba lagi.</source>
        <translation>The PDF file of this delivery is not on this device yet. Choose “Download file” in the preview, wait until its pages appear, then try again.</translation>
    </message>
    <message>
        <source>Kiriman tidak dicatat: %1</source>
        <translation>Delivery not registered: %1</translation>
    </message>
    <message>
        <source>Dicatat sebagai naskah masuk dengan nomor agenda %1.</source>
        <translation>Registered as an incoming letter with agenda number %1.</translation>
    </message>
</context>
<context>
    <name>lontar::records::DeliveryDesk</name>
    <message>
        <source>Naskah ini sudah dicatat sebagai naskah masuk</source>
        <translation>This letter has already been registered as an incoming letter</translation>
    </message>
    <message>
        <source>Berkas naskah belum diunduh; sinkronkan lalu coba lagi</source>
        <translation>The letter file has not been downloaded yet; sync and try again</translation>
    </message>
    <message>
        <source>Berkas naskah di perangkat ini rusak</source>
        <translation>The letter file on this device is corrupted</translation>
    </message>
</context>
<context>
    <name>lontar::records::DeliveryPolicy</name>
    <message>
        <source>Pengiriman naskah tidak dapat dihapus</source>
        <translation>Letter deliveries cannot be deleted</translation>
    </message>
    <message>
        <source>Satu pengiriman per naskah dan unit penerima</source>
        <translation>One delivery per letter and recipient unit</translation>
    </message>
    <message>
        <source>Naskah keluar tidak ditemukan</source>
        <translation>Outgoing letter not found</translation>
    </message>
    <message>
        <source>Hanya penyusun atau penandatangan yang dapat mengirim naskah ini</source>
        <translation>Only the drafter or signer can send this letter</translation>
    </message>
    <message>
        <source>Naskah dikirim sesudah ditandatangani</source>
        <translation>Letters are sent after they are signed</translation>
    </message>
    <message>
        <source>Unit ini tidak termasuk penerima naskah</source>
        <translation>This unit is not a recipient of the letter</translation>
    </message>
    <message>
        <source>Pengiriman baru berstatus terkirim</source>
        <translation>A new delivery has the status sent</translation>
    </message>
    <message>
        <source>Naskah ini sudah dicatat sebagai naskah masuk</source>
        <translation>This letter has already been registered as an incoming letter</translation>
    </message>
    <message>
        <source>Hanya pencatat unit penerima yang dapat menerima naskah ini</source>
        <translation>Only the recipient unit&apos;s registrar can receive this letter</translation>
    </message>
    <message>
        <source>Naskah diterima dengan nomor agenda naskah masuknya</source>
        <translation>A letter is received with its incoming-letter agenda number</translation>
    </message>
    <message>
        <source>Naskah masuk yang dicatat bukan berkas kiriman ini</source>
        <translation>The registered incoming letter is not the file from this delivery</translation>
    </message>
</context>
<context>
    <name>lontar::records::DisposalDocuments</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Uraian berkas</source>
        <translation>Case file description</translation>
    </message>
    <message>
        <source>Kurun waktu</source>
        <translation>Time span</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message numerus="yes">
        <source>%n naskah</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak dapat membuat PDF</source>
        <translation>Cannot create PDF</translation>
    </message>
    <message>
        <source>Berkas dalam daftar belum ada di perangkat ini; sinkronkan dahulu</source>
        <translation>Case files in the list are not on this device yet; sync first</translation>
    </message>
    <message>
        <source>JRA %1: %2 th aktif, %3 th inaktif, %4; retensi berakhir %5</source>
        <translation>JRA %1: %2 yrs active, %3 yrs inactive, %4; retention ends %5</translation>
    </message>
    <message>
        <source>tanpa JRA</source>
        <translation>no JRA</translation>
    </message>
    <message>
        <source>DAFTAR ARSIP USUL MUSNAH</source>
        <translation>LIST OF ARCHIVES PROPOSED FOR DESTRUCTION</translation>
    </message>
    <message>
        <source>Diusulkan oleh %1 pada %2.</source>
        <translation>Proposed by %1 on %2.</translation>
    </message>
    <message>
        <source>arsiparis</source>
        <translation>archivist</translation>
    </message>
    <message>
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message numerus="yes">
        <source>Jumlah: %n berkas.</source>
        <translation>
            <numerusform>Total: %n case file.</numerusform>
            <numerusform>Total: %n case files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daftar arsip usul musnah</source>
        <translation>List of archives proposed for destruction</translation>
    </message>
    <message>
        <source>Berita acara dibuat untuk usul musnah yang sudah disetujui</source>
        <translation>An official report is made for an approved destruction proposal</translation>
    </message>
    <message>
        <source>BERITA ACARA PEMUSNAHAN ARSIP</source>
        <translation>OFFICIAL REPORT ON ARCHIVE DESTRUCTION</translation>
    </message>
    <message>
        <source>Pada hari ini, tanggal %1, bertempat di %2, kami yang bertanda tangan di bawah ini:</source>
        <translation>On this day, %1, at %2, we the undersigned:</translation>
    </message>
    <message>
        <source>%1, arsiparis, selaku pelaksana pemusnahan;</source>
        <translation>%1, archivist, as executor of the destruction;</translation>
    </message>
    <message>
        <source>%1, pimpinan %2, selaku pimpinan unit pencipta arsip yang menyetujui usul musnah;</source>
        <translation>%1, head of %2, as head of the archive-creating unit approving the destruction proposal;</translation>
    </message>
    <message numerus="yes">
        <source>telah melaksanakan pemusnahan arsip %1 sebanyak %n berkas sesuai Jadwal Retensi Arsip, dengan cara pencacahan sehingga fisik dan informasinya tidak dapat dikenali lagi, sebagaimana tercantum dalam daftar terlampir.</source>
        <translation>
            <numerusform>have destroyed archives of %1 totalling %n case file in accordance with the Archive Retention Schedule, by shredding so that neither the physical form nor the information can be recognized, as listed in the attachment.</numerusform>
            <numerusform>have destroyed archives of %1 totalling %n case files in accordance with the Archive Retention Schedule, by shredding so that neither the physical form nor the information can be recognized, as listed in the attachment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>Pimpinan unit pencipta arsip</source>
        <translation>Head of the archive-creating unit</translation>
    </message>
    <message>
        <source>Lampiran: daftar arsip yang dimusnahkan</source>
        <translation>Attachment: list of destroyed archives</translation>
    </message>
    <message>
        <source>Berita acara pemusnahan arsip</source>
        <translation>Official report on archive destruction</translation>
    </message>
</context>
<context>
    <name>lontar::records::DisposalRegister</name>
    <message>
        <source>Pilih berkas yang diusulkan musnah</source>
        <translation>Select case files to propose for destruction</translation>
    </message>
    <message>
        <source>Sebutkan alasan penolakan</source>
        <translation>State the reason for rejection</translation>
    </message>
    <message>
        <source>Daftar usul musnah ini tidak ditolak</source>
        <translation>This destruction proposal list was not rejected</translation>
    </message>
    <message>
        <source>Daftar usul musnah tidak ditemukan</source>
        <translation>Destruction proposal list not found</translation>
    </message>
</context>
<context>
    <name>lontar::records::DispositionChain</name>
    <message>
        <source>Dari → kepada</source>
        <translation>From → to</translation>
    </message>
    <message>
        <source>Petunjuk</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Naskah ini belum didisposisikan.</source>
        <translation>This letter has not been dispositioned yet.</translation>
    </message>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>awaiting sync</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Selesai %1</source>
        <translation>Completed %1</translation>
    </message>
    <message>
        <source>Belum dibaca</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Dibaca %1</source>
        <translation>Read %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Batas waktu: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Tindak lanjut: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <source>Dikirim %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>oleh %1</source>
        <translation>by %1</translation>
    </message>
</context>
<context>
    <name>lontar::records::DispositionDesk</name>
    <message>
        <source>Pilih sekurang-kurangnya satu penerima disposisi</source>
        <translation>Select at least one disposition recipient</translation>
    </message>
    <message>
        <source>Satu disposisi paling banyak untuk %1 penerima</source>
        <translation>One disposition can have at most %1 recipients</translation>
    </message>
    <message>
        <source>Naskah yang didisposisikan tidak ditemukan</source>
        <translation>The dispositioned letter was not found</translation>
    </message>
    <message>
        <source>Penerima disposisi tidak ditemukan</source>
        <translation>Disposition recipient not found</translation>
    </message>
    <message>
        <source>%1 tidak aktif</source>
        <translation>%1 is inactive</translation>
    </message>
    <message>
        <source>%1 tidak memiliki izin akses untuk naskah berklasifikasi %2</source>
        <translation>%1 does not have access permission for letters classified %2</translation>
    </message>
    <message>
        <source>Disposisi kepada %1 ditolak: %2</source>
        <translation>Disposition to %1 rejected: %2</translation>
    </message>
    <message>
        <source>Disposisi tidak ditemukan</source>
        <translation>Disposition not found</translation>
    </message>
    <message>
        <source>Catatan tindak lanjut wajib diisi</source>
        <translation>A follow-up note is required</translation>
    </message>
</context>
<context>
    <name>lontar::records::DispositionDialog</name>
    <message>
        <source>Disposisi naskah</source>
        <translation>Letter disposition</translation>
    </message>
    <message>
        <source>Agenda %1 · dari %2 · %3</source>
        <translation>Agenda %1 · from %2 · %3</translation>
    </message>
    <message>
        <source>(pengirim tidak dicatat)</source>
        <translation>(sender not recorded)</translation>
    </message>
    <message>
        <source>Agenda %1 · dari %2 · %3 · diteruskan dari disposisi %4</source>
        <translation>Agenda %1 · from %2 · %3 · forwarded from disposition %4</translation>
    </message>
    <message>
        <source>Naskah tidak ditemukan di perangkat ini</source>
        <translation>Letter not found on this device</translation>
    </message>
    <message>
        <source>Kepada (unit Anda dan unit di bawahnya)</source>
        <translation>To (your unit and units below it)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Izin akses</source>
        <translation>Access permission</translation>
    </message>
    <message>
        <source>Petunjuk</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Catatan untuk penerima (boleh kosong)</source>
        <translation>Note for recipients (optional)</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kirim disposisi</source>
        <translation>Send disposition</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tidak ada pegawai di bawah unit Anda</source>
        <translation>There are no staff under your unit</translation>
    </message>
</context>
<context>
    <name>lontar::records::DispositionPolicy</name>
    <message>
        <source>Tindak lanjuti</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Pelajari dan telaah</source>
        <translation>Study and review</translation>
    </message>
    <message>
        <source>Hadiri / wakili</source>
        <translation>Attend / represent</translation>
    </message>
    <message>
        <source>Siapkan jawaban</source>
        <translation>Prepare a reply</translation>
    </message>
    <message>
        <source>Koordinasikan</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <source>Untuk diketahui</source>
        <translation>For information</translation>
    </message>
    <message>
        <source>Edarkan</source>
        <translation>Circulate</translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Disposisi tidak dihapus; batalkan selama belum dibaca</source>
        <translation>Dispositions are not deleted; cancel while still unread</translation>
    </message>
    <message>
        <source>Tindak lanjut disposisi tidak valid</source>
        <translation>Invalid disposition follow-up</translation>
    </message>
    <message>
        <source>Satu disposisi paling banyak %1 catatan tindak lanjut</source>
        <translation>One disposition can have at most %1 follow-up notes</translation>
    </message>
    <message>
        <source>Hanya atasan yang dapat mendisposisikan naskah</source>
        <translation>Only supervisors can disposition letters</translation>
    </message>
    <message>
        <source>Disposisi hanya dapat dikirim atas nama Anda sendiri</source>
        <translation>Dispositions can only be sent in your own name</translation>
    </message>
    <message>
        <source>Disposisi baru belum dibaca, belum dibatalkan dan belum selesai</source>
        <translation>A new disposition is unread, not cancelled and not completed</translation>
    </message>
    <message>
        <source>Anda tidak dapat mendisposisikan naskah kepada diri sendiri</source>
        <translation>You cannot disposition a letter to yourself</translation>
    </message>
    <message>
        <source>Disposisi induk tidak valid</source>
        <translation>Invalid parent disposition</translation>
    </message>
    <message>
        <source>Disposisi yang diteruskan tidak ditujukan kepada Anda atau telah dibatalkan</source>
        <translation>The forwarded disposition is not addressed to you or has been cancelled</translation>
    </message>
    <message>
        <source>Naskah yang didisposisikan tidak ditemukan</source>
        <translation>The dispositioned letter was not found</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan naskah melebihi izin akses Anda</source>
        <translation>The letter&apos;s security classification exceeds your access permission</translation>
    </message>
    <message>
        <source>Anda hanya dapat mendisposisikan naskah unit Anda atau naskah yang didisposisikan kepada Anda</source>
        <translation>You can only disposition your unit&apos;s letters or letters dispositioned to you</translation>
    </message>
    <message>
        <source>Pilih sekurang-kurangnya satu petunjuk disposisi</source>
        <translation>Select at least one disposition instruction</translation>
    </message>
    <message>
        <source>Petunjuk disposisi %1 tidak dikenal</source>
        <translation>Unknown disposition instruction %1</translation>
    </message>
    <message>
        <source>Batas waktu harus berbentuk TTTT-BB-HH</source>
        <translation>Deadline must be in YYYY-MM-DD format</translation>
    </message>
    <message>
        <source>Batas waktu disposisi tidak boleh sebelum hari ini</source>
        <translation>Disposition deadline cannot be before today</translation>
    </message>
    <message>
        <source>Penerima disposisi tidak aktif</source>
        <translation>Disposition recipient is inactive</translation>
    </message>
    <message>
        <source>%1 tidak memiliki izin akses untuk naskah berklasifikasi %2</source>
        <translation>%1 does not have access permission for letters classified %2</translation>
    </message>
    <message>
        <source>Penerima disposisi tidak ditemukan dalam direktori</source>
        <translation>Disposition recipient not found in the directory</translation>
    </message>
    <message>
        <source>Penerima disposisi harus berada di unit Anda atau unit di bawahnya</source>
        <translation>Disposition recipients must be in your unit or a unit below it</translation>
    </message>
    <message>
        <source>Hanya pengirim dan penerima disposisi yang dapat mengubahnya</source>
        <translation>Only the disposition&apos;s sender and recipient can change it</translation>
    </message>
    <message>
        <source>Isi disposisi tidak dapat diubah; batalkan dan kirim disposisi baru</source>
        <translation>Disposition content cannot be changed; cancel it and send a new disposition</translation>
    </message>
    <message>
        <source>Hanya pengirim yang dapat membatalkan disposisi</source>
        <translation>Only the sender can cancel a disposition</translation>
    </message>
    <message>
        <source>Disposisi sudah dibaca penerima dan tidak dapat dibatalkan lagi</source>
        <translation>The recipient has read the disposition; it can no longer be cancelled</translation>
    </message>
    <message>
        <source>Hanya penerima yang dapat mencatat tindak lanjut disposisi</source>
        <translation>Only the recipient can record disposition follow-up</translation>
    </message>
    <message>
        <source>Hanya penerima yang dapat menandai disposisi dibaca atau selesai</source>
        <translation>Only the recipient can mark a disposition as read or completed</translation>
    </message>
    <message>
        <source>Tindak lanjut yang sudah tercatat tidak dapat diubah</source>
        <translation>Recorded follow-up cannot be changed</translation>
    </message>
    <message>
        <source>Disposisi ini telah dibatalkan oleh pengirimnya</source>
        <translation>This disposition has been cancelled by its sender</translation>
    </message>
    <message>
        <source>Catatan tindak lanjut wajib diisi, paling banyak %1 karakter</source>
        <translation>A follow-up note is required, at most %1 characters</translation>
    </message>
</context>
<context>
    <name>lontar::records::FilingDialog</name>
    <message>
        <source>Berkaskan naskah</source>
        <translation>File letter</translation>
    </message>
    <message>
        <source>Uraian berkas baru, misalnya: Perjalanan dinas 2026</source>
        <translation>New case file description, e.g.: Official travel 2026</translation>
    </message>
    <message>
        <source>Nyatakan sebagai arsip (isi naskah dikunci, perubahan metadata dicatat)</source>
        <translation>Declare as archive (letter content locked, metadata changes logged)</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Uraian berkas baru</source>
        <translation>New case file description</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Naskah %1 — %2 (klasifikasi %3)</source>
        <translation>Letter %1 — %2 (classification %3)</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Isi kode klasifikasi naskah dahulu: berkas disusun menurut klasifikasi.</source>
        <translation>Fill in the letter&apos;s classification code first: case files are organized by classification.</translation>
    </message>
    <message>
        <source>(buat berkas baru)</source>
        <translation>(create new case file)</translation>
    </message>
    <message>
        <source>(tetap di berkas sekarang)</source>
        <translation>(keep in current case file)</translation>
    </message>
    <message>
        <source>%1 · No. %2 · %3 (dibuka %4)</source>
        <translation>%1 · No. %2 · %3 (opened %4)</translation>
    </message>
    <message>
        <source>Pilih berkas yang ada atau tulis uraian berkas baru.</source>
        <translation>Select an existing case file or enter a new case file description.</translation>
    </message>
    <message>
        <source>Naskah ini sudah dinyatakan sebagai arsip; pernyataan tidak dapat dicabut.</source>
        <translation>This letter has already been declared a record; the declaration cannot be revoked.</translation>
    </message>
</context>
<context>
    <name>lontar::records::FilingPolicy</name>
    <message>
        <source>Diusulkan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dilaksanakan</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <source>Hanya pencatat surat atau arsiparis yang dapat mengelola berkas</source>
        <translation>Only letter registrars or archivists can manage case files</translation>
    </message>
    <message>
        <source>Berkas tidak dihapus; penyusutan mengikuti JRA</source>
        <translation>Case files are not deleted; disposal follows the JRA</translation>
    </message>
    <message>
        <source>Unit dan pembuat berkas tidak dapat diubah atau diatasnamakan orang lain</source>
        <translation>A case file&apos;s unit and creator cannot be changed or attributed to someone else</translation>
    </message>
    <message>
        <source>Berkas hanya dapat dibuat di unit Anda atau unit di bawahnya</source>
        <translation>Case files can only be created in your unit or a unit below it</translation>
    </message>
    <message>
        <source>Kode klasifikasi %1 tidak valid (contoh: 000.1.2)</source>
        <translation>Classification code %1 is invalid (example: 000.1.2)</translation>
    </message>
    <message>
        <source>Uraian berkas wajib diisi</source>
        <translation>Case file description is required</translation>
    </message>
    <message>
        <source>Nomor berkas harus 1 sampai 999999</source>
        <translation>Case file number must be 1 to 999999</translation>
    </message>
    <message>
        <source>Tanggal dibuka harus berbentuk TTTT-BB-HH</source>
        <translation>Opening date must be in YYYY-MM-DD format</translation>
    </message>
    <message>
        <source>Tanggal pada berkas harus berbentuk TTTT-BB-HH</source>
        <translation>Case file dates must be in YYYY-MM-DD format</translation>
    </message>
    <message>
        <source>Tanggal %1 belum terjadi</source>
        <translation>Date %1 is in the future</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditutup sebelum dibuka</source>
        <translation>A case file cannot be closed before it is opened</translation>
    </message>
    <message>
        <source>Berkas baru selalu aktif, tanpa penahanan atau usul musnah</source>
        <translation>A new case file is always active, with no legal hold or destruction proposal</translation>
    </message>
    <message>
        <source>Tanggal peristiwa retensi hanya dicatat oleh arsiparis</source>
        <translation>Retention event dates are recorded only by archivists</translation>
    </message>
    <message>
        <source>Kode klasifikasi %1 belum ada dalam pola klasifikasi</source>
        <translation>Classification code %1 is not yet in the classification scheme</translation>
    </message>
    <message>
        <source>Berkas berstatus %1 tidak dapat diubah lagi</source>
        <translation>Case files with status %1 can no longer be changed</translation>
    </message>
    <message>
        <source>Kode klasifikasi, nomor dan tanggal dibuka berkas tidak dapat diubah</source>
        <translation>A case file&apos;s classification code, number and opening date cannot be changed</translation>
    </message>
    <message>
        <source>Berkas yang sudah ditutup tidak dapat dibuka kembali atau diubah tanggal tutupnya</source>
        <translation>A closed case file cannot be reopened or have its closing date changed</translation>
    </message>
    <message>
        <source>Berkas yang sedang diusulkan musnah tidak dapat diubah</source>
        <translation>A case file proposed for destruction cannot be changed</translation>
    </message>
    <message>
        <source>Usul musnah berkas hanya berubah bersama statusnya</source>
        <translation>A case file&apos;s destruction proposal changes only together with its status</translation>
    </message>
    <message>
        <source>Penahanan berkas hanya dilakukan oleh arsiparis</source>
        <translation>Only archivists can place case files on legal hold</translation>
    </message>
    <message>
        <source>Sebutkan alasan penahanan (paling banyak 500 huruf)</source>
        <translation>State the reason for the legal hold (max. 500 characters)</translation>
    </message>
    <message>
        <source>Penahanan berkas hanya dicabut oleh arsiparis</source>
        <translation>Only an archivist can lift a legal hold on a case file</translation>
    </message>
    <message>
        <source>Sebutkan alasan pencabutan penahanan (paling banyak 500 huruf)</source>
        <translation>State the reason for lifting the legal hold (max. 500 characters)</translation>
    </message>
    <message>
        <source>Status retensi berkas hanya diubah oleh arsiparis</source>
        <translation>Only an archivist can change a case file&apos;s retention status</translation>
    </message>
    <message>
        <source>Berkas sedang ditahan (%1): tidak dapat diusulkan musnah atau dimusnahkan</source>
        <translation>Case file is under legal hold (%1): it cannot be proposed for destruction or destroyed</translation>
    </message>
    <message>
        <source>Kode %1 tidak punya baris JRA: berkas tetap disimpan sampai JRA ditetapkan</source>
        <translation>Code %1 has no JRA entry: the case file is kept until a JRA is set</translation>
    </message>
    <message>
        <source>Masa retensi berkas menunggu peristiwa: %1</source>
        <translation>Case file retention period is awaiting an event: %1</translation>
    </message>
    <message>
        <source>Berkas belum ditutup: masa retensinya belum berjalan</source>
        <translation>Case file is not closed yet: its retention period has not started</translation>
    </message>
    <message>
        <source>Berkas ini tidak tercantum dalam daftar usul musnah yang %1</source>
        <translation>This case file is not in the %1 destruction proposal list</translation>
    </message>
    <message>
        <source>Masa aktif berkas baru berakhir %1</source>
        <translation>The case file&apos;s active period only ends on %1</translation>
    </message>
    <message>
        <source>Berkas sedang ditahan: tidak dapat diusulkan musnah</source>
        <translation>Case file is under legal hold: it cannot be proposed for destruction</translation>
    </message>
    <message>
        <source>Keterangan JRA berkas ini %1, bukan musnah</source>
        <translation>This case file&apos;s JRA disposition is %1, not destruction</translation>
    </message>
    <message>
        <source>Masa retensi berkas baru berakhir %1</source>
        <translation>The case file&apos;s retention period only ends on %1</translation>
    </message>
    <message>
        <source>Berkas sedang ditahan: tidak dapat dimusnahkan</source>
        <translation>Case file is under legal hold: it cannot be destroyed</translation>
    </message>
    <message>
        <source>Usul musnah berkas ini masih berjalan</source>
        <translation>A destruction proposal for this case file is still in progress</translation>
    </message>
    <message>
        <source>Keterangan JRA berkas ini %1</source>
        <translation>This case file&apos;s JRA disposition is %1</translation>
    </message>
    <message>
        <source>Status berkas tidak dapat berubah dari %1 ke %2</source>
        <translation>Case file status cannot change from %1 to %2</translation>
    </message>
    <message>
        <source>Daftar usul musnah tidak dihapus; tolak saja</source>
        <translation>Destruction proposal lists are not deleted; reject it instead</translation>
    </message>
    <message>
        <source>Pengusul dan unit daftar usul musnah tidak dapat diatasnamakan orang lain</source>
        <translation>The proposer and unit of a destruction proposal list cannot be set on someone else&apos;s behalf</translation>
    </message>
    <message>
        <source>Daftar usul musnah tidak boleh kosong</source>
        <translation>The destruction proposal list cannot be empty</translation>
    </message>
    <message>
        <source>Daftar usul musnah memuat berkas yang tidak valid atau ganda</source>
        <translation>The destruction proposal list contains invalid or duplicate case files</translation>
    </message>
    <message>
        <source>Berkas dalam daftar tidak ditemukan</source>
        <translation>A case file in the list was not found</translation>
    </message>
    <message>
        <source>Berkas %1 bukan milik unit daftar ini</source>
        <translation>Case file %1 does not belong to this list&apos;s unit</translation>
    </message>
    <message>
        <source>Berkas %1 sedang ditahan (%2): tidak dapat dimusnahkan</source>
        <translation>Case file %1 is under legal hold (%2): it cannot be destroyed</translation>
    </message>
    <message>
        <source>Berkas %1 berstatus %2</source>
        <translation>Case file %1 has status %2</translation>
    </message>
    <message>
        <source>Berkas %1 tanpa JRA: tidak pernah dimusnahkan</source>
        <translation>Case file %1 has no JRA: it is never destroyed</translation>
    </message>
    <message>
        <source>Berkas %1: keterangan JRA %2, bukan musnah</source>
        <translation>Case file %1: JRA disposition is %2, not destruction</translation>
    </message>
    <message>
        <source>Berkas %1 belum waktunya dimusnahkan (retensi berakhir %2)</source>
        <translation>Case file %1 is not yet due for destruction (retention ends %2)</translation>
    </message>
    <message>
        <source>Berkas %1: masa retensinya belum berjalan</source>
        <translation>Case file %1: its retention period has not started</translation>
    </message>
    <message>
        <source>Berkas %1 tidak lagi berstatus diusulkan musnah dalam daftar ini</source>
        <translation>Case file %1 is no longer proposed for destruction in this list</translation>
    </message>
    <message>
        <source>Daftar usul musnah hanya dibuat oleh arsiparis</source>
        <translation>Only an archivist can create a destruction proposal list</translation>
    </message>
    <message>
        <source>Daftar usul musnah baru selalu berstatus diusulkan</source>
        <translation>A new destruction proposal list always has the status proposed</translation>
    </message>
    <message>
        <source>Isi daftar usul musnah tidak dapat diubah; buat daftar baru</source>
        <translation>The contents of a destruction proposal list cannot be changed; create a new list</translation>
    </message>
    <message>
        <source>Daftar usul musnah yang %1 tidak dapat diubah lagi</source>
        <translation>A %1 destruction proposal list can no longer be changed</translation>
    </message>
    <message>
        <source>Hanya arsiparis yang dapat mengubah keterangan daftar usul musnah</source>
        <translation>Only an archivist can change the notes of a destruction proposal list</translation>
    </message>
    <message>
        <source>Usul musnah disetujui oleh pimpinan unit pencipta arsipnya</source>
        <translation>A destruction proposal is approved by the head of the unit that created the records</translation>
    </message>
    <message>
        <source>Pengusul tidak dapat menyetujui usulnya sendiri</source>
        <translation>The proposer cannot approve their own proposal</translation>
    </message>
    <message>
        <source>Pemusnahan dilaksanakan oleh arsiparis</source>
        <translation>Destruction is carried out by an archivist</translation>
    </message>
    <message>
        <source>Sebutkan tempat pelaksanaan pemusnahan</source>
        <translation>State where the destruction takes place</translation>
    </message>
    <message>
        <source>Daftar usul musnah tidak dapat berubah dari %1 ke %2</source>
        <translation>Destruction proposal list cannot change from %1 to %2</translation>
    </message>
</context>
<context>
    <name>lontar::records::FilingRegister</name>
    <message>
        <source>Data tidak ditemukan</source>
        <translation>Data not found</translation>
    </message>
    <message>
        <source>Berkas sudah ditutup</source>
        <translation>Case file is already closed</translation>
    </message>
    <message>
        <source>Tanggal peristiwa tidak valid</source>
        <translation>Invalid event date</translation>
    </message>
    <message>
        <source>Berkas tidak sedang ditahan</source>
        <translation>Case file is not under legal hold</translation>
    </message>
    <message>
        <source>Naskah sudah dinyatakan sebagai arsip</source>
        <translation>Letter has already been declared an archive record</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan</source>
        <translation>Case file not found</translation>
    </message>
</context>
<context>
    <name>lontar::records::ImportDialog</name>
    <message>
        <source>Impor naskah masuk</source>
        <translation>Import incoming letters</translation>
    </message>
    <message>
        <source>%v dari %m berkas</source>
        <translation>%v of %m files</translation>
    </message>
    <message>
        <source>Berkas yang ditolak</source>
        <translation>Rejected files</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Batalkan impor</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Menyiapkan %n berkas…</source>
        <translation>
            <numerusform>Preparing %n file…</numerusform>
            <numerusform>Preparing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Membatalkan… berkas yang sedang dibaca tidak disimpan.</source>
        <translation>Cancelling… the file being read will not be saved.</translation>
    </message>
    <message>
        <source>Berkas %1 dari %2: %3 — %4</source>
        <translation>File %1 of %2: %3 — %4</translation>
    </message>
    <message>
        <source>tercatat %1</source>
        <translation>registered %1</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Impor tidak dapat dijalankan: %1</source>
        <translation>Import could not run: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n naskah tercatat.</source>
        <translation>
            <numerusform>%n letter registered.</numerusform>
            <numerusform>%n letters registered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n berkas ditolak; alasannya di bawah. Perbaiki berkasnya lalu impor lagi.</source>
        <translation>
            <numerusform>%n file rejected; the reason is below. Fix the file and import again.</numerusform>
            <numerusform>%n files rejected; reasons are below. Fix the files and import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impor dibatalkan: %n berkas belum diproses dan tidak disimpan.</source>
        <translation>
            <numerusform>Import cancelled: %n file was not processed and not saved.</numerusform>
            <numerusform>Import cancelled: %n files were not processed and not saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Selesai.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>lontar::records::InboxWidget</name>
    <message>
        <source>Disposisi belum dibaca</source>
        <translation>Unread dispositions</translation>
    </message>
    <message>
        <source>Disposisi belum selesai</source>
        <translation>Unfinished dispositions</translation>
    </message>
    <message>
        <source>Naskah menunggu disposisi</source>
        <translation>Letters awaiting disposition</translation>
    </message>
    <message>
        <source>Menunggu paraf saya</source>
        <translation>Awaiting my initials</translation>
    </message>
    <message>
        <source>Menunggu tanda tangan saya</source>
        <translation>Awaiting my signature</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Petunjuk</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Belum ada disposisi untuk Anda.
Disposisi dari atasan muncul di sini setelah sinkronisasi dengan server.</source>
        <translation>No dispositions for you yet.
Dispositions from your supervisor appear here after syncing with the server.</translation>
    </message>
    <message>
        <source>Anda belum mengirim disposisi.
Buka naskah masuk, lalu pilih &quot;Disposisikan…&quot;.</source>
        <translation>You have not sent any dispositions.
Open an incoming letter, then choose &quot;Disposition…&quot;.</translation>
    </message>
    <message>
        <source>Hanya atasan yang mengirim disposisi.</source>
        <translation>Only supervisors send dispositions.</translation>
    </message>
    <message>
        <source>Disposisi masuk</source>
        <translation>Incoming dispositions</translation>
    </message>
    <message>
        <source>Disposisi keluar</source>
        <translation>Outgoing dispositions</translation>
    </message>
    <message>
        <source>Pilih disposisi untuk melihat rinciannya.</source>
        <translation>Select a disposition to see its details.</translation>
    </message>
    <message>
        <source>Lihat berkas naskah</source>
        <translation>View letter file</translation>
    </message>
    <message>
        <source>Catat tindak lanjut…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>Tandai selesai</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Teruskan ke bawahan…</source>
        <translation>Forward to subordinate…</translation>
    </message>
    <message>
        <source>Batalkan disposisi</source>
        <translation>Cancel disposition</translation>
    </message>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>awaiting sync</translation>
    </message>
    <message>
        <source>Dibatalkan pengirim</source>
        <translation>Cancelled by sender</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Belum dibaca</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Dibaca</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Lewat batas waktu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Dibaca %1</source>
        <translation>Read %1</translation>
    </message>
    <message>
        <source>Disposisi yang sudah dibaca tidak dapat dibatalkan</source>
        <translation>A disposition that has been read cannot be cancelled</translation>
    </message>
    <message>
        <source>Nomor agenda</source>
        <translation>Agenda number</translation>
    </message>
    <message>
        <source>Nomor naskah</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Pengirim naskah</source>
        <translation>Letter sender</translation>
    </message>
    <message>
        <source>Tanggal naskah</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Security classification</translation>
    </message>
    <message>
        <source>Disposisi dari</source>
        <translation>Disposition from</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>belum dibaca</source>
        <translation>unread</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Belum ada catatan tindak lanjut.</source>
        <translation>No follow-up notes yet.</translation>
    </message>
    <message>
        <source>Tindak lanjut disposisi</source>
        <translation>Disposition follow-up</translation>
    </message>
    <message>
        <source>Apa yang sudah dikerjakan?</source>
        <translation>What has been done?</translation>
    </message>
    <message>
        <source>Berkas naskah</source>
        <translation>Letter file</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kiriman naskah menunggu dicatat</source>
        <translation>Letter deliveries waiting to be registered</translation>
    </message>
    <message>
        <source>Kiriman naskah</source>
        <translation>Letter deliveries</translation>
    </message>
    <message>
        <source>Kiriman naskah (%1)</source>
        <translation>Letter deliveries (%1)</translation>
    </message>
</context>
<context>
    <name>lontar::records::InstrumentImport</name>
    <message>
        <source>baris %1 (%2): %3
</source>
        <translation>line %1 (%2): %3
</translation>
    </message>
    <message>
        <source>diimpor: %1 baru, %2 diubah, %3 tetap
</source>
        <translation>imported: %1 new, %2 changed, %3 unchanged
</translation>
    </message>
    <message numerus="yes">
        <source>tidak ada yang diimpor: %n baris tidak valid
</source>
        <translation>
            <numerusform>nothing imported: %n invalid line
</numerusform>
            <numerusform>nothing imported: %n invalid lines
</numerusform>
        </translation>
    </message>
    <message>
        <source>uji coba: %1 baru, %2 diubah, %3 tetap; tidak ada yang disimpan
</source>
        <translation>dry run: %1 new, %2 changed, %3 unchanged; nothing was saved
</translation>
    </message>
    <message>
        <source>Berkas CSV terlalu besar</source>
        <translation>CSV file is too large</translation>
    </message>
    <message>
        <source>Kepala CSV klasifikasi harus memuat kolom kode dan nama (induk boleh)</source>
        <translation>The classification CSV header must contain the columns kode and nama (induk is optional)</translation>
    </message>
    <message>
        <source>kode tidak valid (contoh: 000.1.2)</source>
        <translation>invalid code (example: 000.1.2)</translation>
    </message>
    <message>
        <source>kode muncul lebih dari sekali</source>
        <translation>code appears more than once</translation>
    </message>
    <message>
        <source>nama kosong</source>
        <translation>name is empty</translation>
    </message>
    <message>
        <source>induk %1 tidak sesuai dengan kodenya (seharusnya %2)</source>
        <translation>parent %1 does not match the code (should be %2)</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Kepala CSV JRA harus memuat kolom kode, aktif, inaktif dan keterangan</source>
        <translation>The JRA (retention schedule) CSV header must contain the columns kode, aktif, inaktif and keterangan</translation>
    </message>
    <message>
        <source>masa aktif dan inaktif harus tahun utuh 0 sampai 100</source>
        <translation>active and inactive periods must be whole years from 0 to 100</translation>
    </message>
    <message>
        <source>keterangan harus musnah, permanen atau dinilai kembali</source>
        <translation>keterangan must be musnah, permanen or dinilai kembali</translation>
    </message>
    <message>
        <source>pangkal retensi harus akhir tahun atau peristiwa</source>
        <translation>retention start (pangkal) must be akhir tahun or peristiwa</translation>
    </message>
    <message>
        <source>sebutkan peristiwa yang mengawali masa retensi</source>
        <translation>specify the event that starts the retention period</translation>
    </message>
    <message>
        <source>kolom peristiwa hanya untuk pangkal peristiwa</source>
        <translation>the peristiwa column is only for the peristiwa (event) start</translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterForm</name>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Catat naskah masuk</source>
        <translation>Register incoming letter</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n naskah masuk</source>
        <translation>
            <numerusform>Import %n incoming letter</numerusform>
            <numerusform>Import %n incoming letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas: %1 — membaca isi berkas…</source>
        <translation>File: %1 — reading file contents…</translation>
    </message>
    <message>
        <source>mis. 000.1.5/123/BAPPEDA/2026</source>
        <translation>e.g. 000.1.5/123/BAPPEDA/2026</translation>
    </message>
    <message>
        <source>Hal yang disebut surat</source>
        <translation>Subject as stated in the letter</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas PDF. Nomor, tanggal dan perihal dibaca dari kepala setiap surat; isian di bawah berlaku untuk semuanya.</source>
        <translation>
            <numerusform>%n PDF file. Number, date and subject are read from the letter&apos;s heading; the fields below apply to it.</numerusform>
            <numerusform>%n PDF files. Number, date and subject are read from each letter&apos;s heading; the fields below apply to all of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Instansi atau orang yang mengirim</source>
        <translation>Agency or person who sent it</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan paling tinggi yang boleh Anda catat: %1.</source>
        <translation>Highest security classification you may register: %1.</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Security classification</translation>
    </message>
    <message>
        <source>(belum diklasifikasi)</source>
        <translation>(not yet classified)</translation>
    </message>
    <message>
        <source>Kode klasifikasi</source>
        <translation>Classification code</translation>
    </message>
    <message>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Catat</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n halaman; isian di bawah ditebak dari kepala surat, periksa dulu.</source>
        <translation>
            <numerusform>%1 — %n page; the fields below were guessed from the letter heading, check them first.</numerusform>
            <numerusform>%1 — %n pages; the fields below were guessed from the letter heading, check them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterImporter</name>
    <message>
        <source>Berkas ini sudah tercatat dengan nomor agenda %1</source>
        <translation>This file is already registered with agenda number %1</translation>
    </message>
    <message>
        <source>Berkas berubah selama impor</source>
        <translation>The file changed during import</translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterIndex</name>
    <message>
        <source>Tidak ada naskah di perangkat ini dengan berkas tersebut</source>
        <translation>No letter on this device has that file</translation>
    </message>
    <message>
        <source>Berkas tidak sama dengan berkas naskah (isi berbeda)</source>
        <translation>File does not match the letter&apos;s file (contents differ)</translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterRegister</name>
    <message>
        <source>Kode klasifikasi %1 tidak ada dalam pola klasifikasi</source>
        <translation>Classification code %1 is not in the classification scheme</translation>
    </message>
    <message>
        <source>Naskah tidak ditemukan</source>
        <translation>Letter not found</translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterView</name>
    <message>
        <source>Naskah masuk</source>
        <translation>Incoming letter</translation>
    </message>
    <message>
        <source>Disposisikan…</source>
        <translation>Disposition…</translation>
    </message>
    <message>
        <source>Berkaskan…</source>
        <translation>Add to case file…</translation>
    </message>
    <message>
        <source>Ubah klasifikasi keamanan…</source>
        <translation>Change security classification…</translation>
    </message>
    <message>
        <source>Disposisi dan tindak lanjut</source>
        <translation>Dispositions and follow-up</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Naskah tidak tersedia</source>
        <translation>Letter not available</translation>
    </message>
    <message>
        <source>Naskah ini di atas klasifikasi keamanan Anda.</source>
        <translation>This letter is above your security clearance.</translation>
    </message>
    <message>
        <source>Naskah masuk %1 — %2</source>
        <translation>Incoming letter %1 — %2</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Security classification</translation>
    </message>
    <message>
        <source>Status naskah</source>
        <translation>Letter status</translation>
    </message>
    <message>
        <source>Nomor agenda</source>
        <translation>Agenda number</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Kode klasifikasi</source>
        <translation>Classification code</translation>
    </message>
    <message>
        <source>belum diklasifikasi</source>
        <translation>not yet classified</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>tanpa berkas</source>
        <translation>no file</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n halaman)</source>
        <translation>
            <numerusform>%1 (%2, %n page)</numerusform>
            <numerusform>%1 (%2, %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>menunggu sinkronisasi dengan server</source>
        <translation>awaiting sync with the server</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan tidak diubah: %1</source>
        <translation>Security classification not changed: %1</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan diubah menjadi %1. Pembaca tanpa izin setingkat itu kehilangan naskah ini setelah sinkronisasi berikutnya.</source>
        <translation>Security classification changed to %1. Readers without clearance at that level lose this letter after the next sync.</translation>
    </message>
    <message>
        <source>Ubah klasifikasi keamanan</source>
        <translation>Change security classification</translation>
    </message>
    <message>
        <source>Naskah yang dinaikkan klasifikasinya hilang dari perangkat pengguna yang tidak berwenang membacanya. Perubahan dicatat di log audit.</source>
        <translation>Letters whose classification is raised disappear from the devices of users not authorized to read them. The change is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterheadDialog</name>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Kop ini dicetak di atas setiap naskah keluar unit Anda. Alamat, telepon, pos-el dan laman disimpan di perangkat ini.</source>
        <translation>This letterhead is printed at the top of every outgoing letter of your unit. Address, telephone, email and website are stored on this device.</translation>
    </message>
    <message>
        <source>Nama unit diambil dari direktori pegawai dan tidak diubah di sini.</source>
        <translation>The unit name is taken from the staff directory and is not changed here.</translation>
    </message>
    <message>
        <source>Jalan Ahmad Yani Nomor 12, Tanjung Lontar 78711</source>
        <translation>Jalan Ahmad Yani Nomor 12, Tanjung Lontar 78711</translation>
    </message>
    <message>
        <source>(0561) 734567</source>
        <translation>(0561) 734567</translation>
    </message>
    <message>
        <source>diskominfo@tanjunglontar.go.id</source>
        <translation>diskominfo@tanjunglontar.go.id</translation>
    </message>
    <message>
        <source>diskominfo.tanjunglontar.go.id</source>
        <translation>diskominfo.tanjunglontar.go.id</translation>
    </message>
    <message>
        <source>Tanjung Lontar</source>
        <translation>Tanjung Lontar</translation>
    </message>
    <message>
        <source>Ditulis sebelum tanggal naskah, misalnya &quot;Tanjung Lontar, 3 Maret 2026&quot;.</source>
        <translation>Written before the letter date, e.g. &quot;Tanjung Lontar, 3 March 2026&quot;.</translation>
    </message>
    <message>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telephone</translation>
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
        <source>Tempat penandatanganan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pratinjau&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contoh naskah</source>
        <translation>Sample letter</translation>
    </message>
    <message>
        <source>Kepala Perangkat Daerah</source>
        <translation>Head of Regional Agency</translation>
    </message>
    <message>
        <source>Isi naskah.</source>
        <translation>Letter body.</translation>
    </message>
    <message>
        <source>Pratinjau tidak dapat dibuat</source>
        <translation>Preview could not be generated</translation>
    </message>
</context>
<context>
    <name>lontar::records::LettersFormat</name>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 pukul %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Didisposisikan (%1, %2 selesai)</source>
        <translation>Disposition sent (%1, %2 completed)</translation>
    </message>
    <message>
        <source>Didisposisikan (%1, %2 ditindaklanjuti)</source>
        <translation>Disposition sent (%1, %2 followed up)</translation>
    </message>
    <message>
        <source>Didisposisikan (%1)</source>
        <translation>Disposition sent (%1)</translation>
    </message>
</context>
<context>
    <name>lontar::records::LettersModel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Keamanan</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lontar::records::LettersPdfPreview</name>
    <message>
        <source>Unduh berkas</source>
        <translation>Download file</translation>
    </message>
    <message>
        <source>Tanpa berkas</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Naskah ini dicatat tanpa berkas PDF.</source>
        <translation>This letter was registered without a PDF file.</translation>
    </message>
    <message numerus="yes">
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas PDF naskah ini belum ada di perangkat ini.</source>
        <translation>The PDF file for this letter is not yet on this device.</translation>
    </message>
    <message>
        <source>Perangkat ini tidak tersambung ke server, jadi berkas belum dapat diunduh. Sambungkan sinkronisasi lalu coba lagi.</source>
        <translation>This device is not connected to the server, so the file cannot be downloaded yet. Connect sync and try again.</translation>
    </message>
    <message>
        <source>Mengunduh berkas dari server…</source>
        <translation>Downloading file from server…</translation>
    </message>
    <message>
        <source>Menunggu koneksi ke server; berkas diunduh begitu tersambung (%1).</source>
        <translation>Waiting for server connection; the file will download once connected (%1).</translation>
    </message>
    <message>
        <source>Berkas tidak dapat diunduh: %1</source>
        <translation>File could not be downloaded: %1</translation>
    </message>
    <message>
        <source>Menampilkan halaman…</source>
        <translation>Rendering page…</translation>
    </message>
    <message>
        <source>Berkas PDF tidak dapat dibuka; mungkin rusak.</source>
        <translation>The PDF file could not be opened; it may be corrupted.</translation>
    </message>
    <message>
        <source>Halaman %1 tidak dapat ditampilkan</source>
        <translation>Page %1 could not be displayed</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>lontar::records::LettersTab</name>
    <message>
        <source>Cari perihal, pengirim, nomor, atau isi naskah…</source>
        <translation>Search subject, sender, number, or letter text…</translation>
    </message>
    <message>
        <source>Impor PDF…</source>
        <translation>Import PDF…</translation>
    </message>
    <message>
        <source>Catat satu atau beberapa berkas PDF sebagai naskah masuk</source>
        <translation>Register one or more PDF files as incoming letters</translation>
    </message>
    <message>
        <source>Impor folder…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>Catat semua berkas PDF dalam satu folder (termasuk subfolder)</source>
        <translation>Register all PDF files in a folder (including subfolders)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Semua klasifikasi</source>
        <translation>All classifications</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Unit pencatat naskah</source>
        <translation>Unit that registered the letter</translation>
    </message>
    <message>
        <source>Semua kelas keamanan</source>
        <translation>All security classes</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Pencarian gagal: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>Tidak ada naskah yang cocok.
Coba kata lain, atau hapus sebagian filter.</source>
        <translation>No matching letters.
Try other words, or remove some filters.</translation>
    </message>
    <message>
        <source>Belum ada naskah masuk.
Impor PDF surat yang diterima dengan tombol “Impor PDF…” atau “Impor folder…”.</source>
        <translation>No incoming letters yet.
Import received letters as PDFs with the “Import PDF…” or “Import folder…” button.</translation>
    </message>
    <message>
        <source>Belum ada naskah masuk yang dapat Anda baca.
Naskah dari unit Anda muncul di sini setelah dicatat oleh pencatat surat dan disinkronkan.</source>
        <translation>No incoming letters you can read yet.
Letters for your unit appear here after the letter registrar records them and they are synced.</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>Belum ada naskah</source>
        <translation>No letters yet</translation>
    </message>
    <message>
        <source>%1 naskah teratas ditampilkan; persempit pencarian untuk melihat yang lain</source>
        <translation>Showing top %1 letters; narrow your search to see others</translation>
    </message>
    <message numerus="yes">
        <source>%n naskah</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih berkas PDF naskah masuk</source>
        <translation>Select incoming letter PDF files</translation>
    </message>
    <message>
        <source>Berkas PDF (*.pdf *.PDF)</source>
        <translation>PDF files (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Pilih folder berisi PDF naskah masuk</source>
        <translation>Select folder containing incoming letter PDFs</translation>
    </message>
    <message>
        <source>Tidak ada berkas PDF di folder %1.</source>
        <translation>No PDF files in folder %1.</translation>
    </message>
</context>
<context>
    <name>lontar::records::NumberBlocks</name>
    <message>
        <source>Perangkat ini belum terdaftar di server; nomor naskah dipesan dari server</source>
        <translation>This device is not yet registered with the server; letter numbers are reserved from the server</translation>
    </message>
    <message>
        <source>Naskah ini sudah bernomor di buku lain</source>
        <translation>This letter already has a number in another register</translation>
    </message>
    <message>
        <source>Perangkat ini belum memegang blok nomor naskah tahun %1 dari server. Sambungkan ke jaringan dan sinkronkan untuk memesan nomor.</source>
        <translation>This device does not yet hold a block of letter numbers for %1 from the server. Connect to the network and sync to reserve numbers.</translation>
    </message>
    <message>
        <source>Nomor naskah tahun %1 yang dipegang perangkat ini sudah habis. Sambungkan ke jaringan dan sinkronkan untuk memesan blok nomor baru.</source>
        <translation>This device has used up its letter numbers for %1. Connect to the network and sync to reserve a new number block.</translation>
    </message>
    <message>
        <source>Sebutkan alasan pembatalan nomor</source>
        <translation>State the reason for cancelling the number</translation>
    </message>
    <message>
        <source>Naskah ini belum bernomor</source>
        <translation>This letter has no number yet</translation>
    </message>
    <message>
        <source>Perangkat ini belum memegang nomor agenda naskah masuk tahun %1 dari server, jadi naskah ini belum dicatat. Sambungkan perangkat ke jaringan dan sinkronkan sekali untuk memesan nomor agenda, lalu catat lagi.</source>
        <translation>This device does not yet hold any %1 incoming-letter agenda numbers from the server, so this letter has not been registered. Connect the device to the network and synchronize once to reserve agenda numbers, then register it again.</translation>
    </message>
    <message>
        <source>Nomor agenda naskah masuk tahun %1 yang dipegang perangkat ini sudah habis, jadi naskah ini belum dicatat. Sambungkan perangkat ke jaringan dan sinkronkan sekali untuk memesan nomor agenda baru, lalu catat lagi.</source>
        <translation>The %1 incoming-letter agenda numbers held by this device have run out, so this letter has not been registered. Connect the device to the network and synchronize once to reserve new agenda numbers, then register it again.</translation>
    </message>
    <message>
        <source>Nomor agenda %1 di luar batas</source>
        <translation>Agenda number %1 is out of range</translation>
    </message>
</context>
<context>
    <name>lontar::records::NumberingPolicy</name>
    <message>
        <source>Perangkat ini belum terdaftar di server</source>
        <translation>This device is not yet registered with the server</translation>
    </message>
    <message>
        <source>%1 hanya dapat dicatat untuk perangkat dan akun Anda sendiri</source>
        <translation>%1 can only be recorded for your own device and account</translation>
    </message>
    <message>
        <source>Blok nomor naskah tidak dapat dihapus</source>
        <translation>Letter number blocks cannot be deleted</translation>
    </message>
    <message>
        <source>Blok nomor naskah tidak dapat diubah setelah dipesan</source>
        <translation>Letter number blocks cannot be changed after being reserved</translation>
    </message>
    <message>
        <source>Blok nomor</source>
        <translation>Number block</translation>
    </message>
    <message>
        <source>Anda tidak berwenang memesan nomor naskah untuk unit ini</source>
        <translation>You are not authorized to reserve letter numbers for this unit</translation>
    </message>
    <message>
        <source>Nomor naskah hanya dipesan untuk tahun %1 sampai %2</source>
        <translation>Letter numbers can only be reserved for years %1 to %2</translation>
    </message>
    <message>
        <source>Urutan blok nomor di luar batas</source>
        <translation>Number block sequence is out of range</translation>
    </message>
    <message>
        <source>Blok ke-%1 harus berisi nomor %2 sampai %3</source>
        <translation>Block %1 must contain numbers %2 to %3</translation>
    </message>
    <message>
        <source>Blok nomor sebelumnya belum dipesan; sinkronkan lalu pesan lagi</source>
        <translation>The previous number block has not been reserved yet; sync and then reserve again</translation>
    </message>
    <message>
        <source>Perangkat ini masih memegang %1 nomor yang belum dipakai</source>
        <translation>This device still holds %1 unused numbers</translation>
    </message>
    <message>
        <source>Catatan nomor naskah tidak dapat dihapus</source>
        <translation>Letter number records cannot be deleted</translation>
    </message>
    <message>
        <source>Catatan nomor naskah tidak dapat diubah; batalkan nomornya dengan alasan</source>
        <translation>Letter number records cannot be changed; cancel the number with a reason instead</translation>
    </message>
    <message>
        <source>Pemakaian nomor</source>
        <translation>Number usage</translation>
    </message>
    <message>
        <source>Blok nomor ini belum dikonfirmasi server</source>
        <translation>This number block has not been confirmed by the server</translation>
    </message>
    <message>
        <source>Unit dan tahun nomor harus sama dengan bloknya</source>
        <translation>The number&apos;s unit and year must match its block</translation>
    </message>
    <message>
        <source>Anda tidak berwenang memberi nomor naskah unit ini</source>
        <translation>You are not authorized to assign letter numbers for this unit</translation>
    </message>
    <message>
        <source>Nomor %1 tidak termasuk blok ini</source>
        <translation>Number %1 is not in this block</translation>
    </message>
    <message>
        <source>Kode catatan nomor tidak sesuai dengan blok dan nomornya</source>
        <translation>Number record code does not match its block and number</translation>
    </message>
    <message>
        <source>Nomor %1 termasuk blok perangkat lain</source>
        <translation>Number %1 belongs to another device&apos;s block</translation>
    </message>
    <message>
        <source>Alasan hanya untuk nomor yang dibatalkan</source>
        <translation>A reason is only for cancelled numbers</translation>
    </message>
    <message>
        <source>Nomor %1 belum dipakai naskah ini, jadi tidak dapat dibatalkan</source>
        <translation>Number %1 has not been used by this letter, so it cannot be cancelled</translation>
    </message>
    <message>
        <source>Nomor %1 hanya dapat dibatalkan oleh pemakainya</source>
        <translation>Number %1 can only be cancelled by the one who used it</translation>
    </message>
    <message>
        <source>Sebutkan alasan pembatalan nomor %1</source>
        <translation>State the reason for cancelling number %1</translation>
    </message>
    <message>
        <source>Naskah ini sudah bernomor</source>
        <translation>This letter already has a number</translation>
    </message>
    <message>
        <source>Nomor %1 sudah dibatalkan</source>
        <translation>Number %1 has already been cancelled</translation>
    </message>
    <message>
        <source>Anda tidak berwenang memesan nomor agenda naskah masuk untuk unit ini</source>
        <translation>You are not authorized to reserve incoming-letter agenda numbers for this unit</translation>
    </message>
    <message>
        <source>Kode blok nomor tidak sesuai dengan unit, tahun, buku dan urutannya</source>
        <translation>The number block code does not match the unit, year, book and sequence</translation>
    </message>
    <message>
        <source>Nomor agenda %1 bukan nomor dari blok nomor agenda unit ini tahun %2 yang dikonfirmasi server</source>
        <translation>Agenda number %1 is not from this unit&apos;s %2 agenda number block confirmed by the server</translation>
    </message>
    <message>
        <source>Nomor agenda %1 termasuk blok perangkat lain</source>
        <translation>Agenda number %1 belongs to another device&apos;s block</translation>
    </message>
    <message>
        <source>Nomor agenda %1 belum tercatat dipakai</source>
        <translation>Agenda number %1 has not been recorded as used</translation>
    </message>
    <message>
        <source>Nomor agenda %1 sudah dipakai naskah lain</source>
        <translation>Agenda number %1 is already used by another letter</translation>
    </message>
    <message>
        <source>Nomor agenda %1 sudah dibatalkan</source>
        <translation>Agenda number %1 has already been cancelled</translation>
    </message>
    <message>
        <source>Nomor %1 bukan nomor dari blok nomor naskah unit ini tahun %2 yang dikonfirmasi server</source>
        <translation>Number %1 is not from a letter number block of this unit for %2 confirmed by the server</translation>
    </message>
    <message>
        <source>Nomor %1 belum tercatat dipakai</source>
        <translation>Number %1 has not been recorded as used</translation>
    </message>
    <message>
        <source>Nomor %1 sudah dipakai naskah lain</source>
        <translation>Number %1 is already used by another letter</translation>
    </message>
</context>
<context>
    <name>lontar::records::Outgoing</name>
    <message>
        <source>Surat dinas</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <source>Nota dinas</source>
        <translation>Official memo</translation>
    </message>
    <message>
        <source>Surat undangan</source>
        <translation>Invitation letter</translation>
    </message>
    <message>
        <source>Konsep</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Menunggu paraf</source>
        <translation>Awaiting initials</translation>
    </message>
    <message>
        <source>Menunggu tanda tangan</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>lontar::records::OutgoingDesk</name>
    <message>
        <source>Tidak dapat menulis berkas sementara: %1</source>
        <translation>Cannot write temporary file: %1</translation>
    </message>
    <message>
        <source>Naskah keluar tidak ditemukan</source>
        <translation>Outgoing letter not found</translation>
    </message>
    <message>
        <source>Naskah ini sudah diajukan</source>
        <translation>This letter has already been submitted</translation>
    </message>
    <message>
        <source>Naskah ini tidak menunggu paraf Anda</source>
        <translation>This letter is not awaiting your initials</translation>
    </message>
    <message>
        <source>Tuliskan alasan pengembalian untuk penyusun</source>
        <translation>Write the reason for returning it to the drafter</translation>
    </message>
    <message>
        <source>Naskah ini tidak menunggu paraf atau tanda tangan Anda</source>
        <translation>This letter is not awaiting your initials or signature</translation>
    </message>
    <message>
        <source>Naskah ini belum siap ditandatangani</source>
        <translation>This letter is not ready to be signed</translation>
    </message>
    <message>
        <source>Hanya penandatangan yang ditunjuk yang dapat menandatangani naskah ini</source>
        <translation>Only the designated signatory can sign this letter</translation>
    </message>
    <message>
        <source>Naskah dinas %1</source>
        <translation>Official letter %1</translation>
    </message>
    <message>
        <source>Hanya naskah yang sudah ditandatangani yang dapat dikirim</source>
        <translation>Only signed letters can be sent</translation>
    </message>
    <message>
        <source>Pemerintah Kabupaten</source>
        <translation>Regency Government</translation>
    </message>
    <message>
        <source>Naskah ini belum ditandatangani</source>
        <translation>This letter has not been signed yet</translation>
    </message>
    <message>
        <source>Berkas naskah bertanda tangan belum diunduh ke perangkat ini</source>
        <translation>The signed letter file has not been downloaded to this device yet</translation>
    </message>
    <message>
        <source>Telepon %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <source>Laman %1</source>
        <translation>Website %1</translation>
    </message>
    <message>
        <source>Pos-el %1</source>
        <translation>Email %1</translation>
    </message>
    <message>
        <source>Akun kios tidak dapat mengubah kop surat</source>
        <translation>Kiosk accounts cannot change the letterhead</translation>
    </message>
    <message>
        <source>Unit kerja tidak ditemukan</source>
        <translation>Work unit not found</translation>
    </message>
    <message>
        <source>Kop surat hanya dapat diatur untuk perangkat daerah tempat Anda bekerja</source>
        <translation>The letterhead can only be set for the regional agency (OPD) you work in</translation>
    </message>
    <message>
        <source>Nama pemerintah daerah</source>
        <translation>Local government name</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
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
        <source>Tempat penandatanganan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>%1 harus satu baris</source>
        <translation>%1 must be a single line</translation>
    </message>
    <message>
        <source>%1 paling banyak %2 karakter</source>
        <translation>%1 can be at most %2 characters</translation>
    </message>
    <message>
        <source>Nomor telepon harus berisi angka, misalnya (0561) 734567</source>
        <translation>Phone number must contain digits, e.g. (0561) 734567</translation>
    </message>
    <message>
        <source>Alamat pos-el tidak dikenali, misalnya diskominfo@tanjunglontar.go.id</source>
        <translation>Email address not recognized, e.g. diskominfo@tanjunglontar.go.id</translation>
    </message>
    <message>
        <source>Alamat laman tidak dikenali, misalnya tanjunglontar.go.id</source>
        <translation>Website address not recognized, e.g. tanjunglontar.go.id</translation>
    </message>
</context>
<context>
    <name>lontar::records::OutgoingEditor</name>
    <message>
        <source>Konsep naskah keluar</source>
        <translation>Outgoing letter draft</translation>
    </message>
    <message>
        <source>Jenis naskah</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <source>mis. 000.1.2</source>
        <translation>e.g. 000.1.2</translation>
    </message>
    <message>
        <source>Kode klasifikasi</source>
        <translation>Classification code</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Security classification</translation>
    </message>
    <message>
        <source>kosongkan bila tidak ada</source>
        <translation>leave empty if none</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Satu tujuan per baris, mis. Kepala Dinas Pendidikan</source>
        <translation>One recipient per line, e.g. Head of the Education Office</translation>
    </message>
    <message>
        <source>Yth. (tujuan)</source>
        <translation>To (recipients)</translation>
    </message>
    <message>
        <source>Satu tembusan per baris</source>
        <translation>One copy recipient per line</translation>
    </message>
    <message>
        <source>Tembusan</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <source>Isi naskah; pisahkan paragraf dengan baris kosong</source>
        <translation>Letter body; separate paragraphs with a blank line</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Pemeriksa (paraf, berurutan)</source>
        <translation>Reviewers (initials, in order)</translation>
    </message>
    <message>
        <source>Simpan konsep</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kota tempat naskah ditandatangani, mis. Tanjung Lontar</source>
        <translation>City where the letter is signed, e.g. Tanjung Lontar</translation>
    </message>
    <message>
        <source>Tidak ada penandatangan di unit Anda atau di atasnya</source>
        <translation>No signatories in your unit or above it</translation>
    </message>
    <message>
        <source>Penandatangan dipilih dari pegawai berperan penandatangan di unit Anda atau di atasnya. Sinkronkan direktori bila daftarnya kosong.</source>
        <translation>Signatories are chosen from staff with the signatory role in your unit or above it. Sync the directory if the list is empty.</translation>
    </message>
    <message>
        <source>Tambahkan pegawai terpilih ke akhir rantai paraf</source>
        <translation>Add the selected staff member to the end of the initials chain</translation>
    </message>
    <message>
        <source>Hapus pemeriksa terpilih dari rantai paraf</source>
        <translation>Remove the selected reviewer from the initials chain</translation>
    </message>
    <message>
        <source>Pemeriksa terpilih memberi paraf lebih awal</source>
        <translation>Selected reviewer initials earlier</translation>
    </message>
    <message>
        <source>Pemeriksa terpilih memberi paraf lebih akhir</source>
        <translation>Selected reviewer initials later</translation>
    </message>
</context>
<context>
    <name>lontar::records::OutgoingPolicy</name>
    <message>
        <source>Kolom %1 tidak boleh diubah pada tahap ini</source>
        <translation>Field %1 cannot be changed at this stage</translation>
    </message>
    <message>
        <source>Naskah keluar tidak ditemukan</source>
        <translation>Outgoing letter not found</translation>
    </message>
    <message>
        <source>Hanya penyusun yang dapat menghapus konsepnya sebelum diajukan</source>
        <translation>Only the drafter can delete their draft before it is submitted</translation>
    </message>
    <message>
        <source>Rantai paraf tidak valid</source>
        <translation>Invalid initials chain</translation>
    </message>
    <message>
        <source>Rantai paraf paling banyak 10 pemeriksa</source>
        <translation>The initials chain can have at most 10 reviewers</translation>
    </message>
    <message>
        <source>Setiap pemeriksa dalam rantai paraf harus orang yang berbeda</source>
        <translation>Each reviewer in the initials chain must be a different person</translation>
    </message>
    <message>
        <source>Status paraf tidak dikenal</source>
        <translation>Unknown initials status</translation>
    </message>
    <message>
        <source>Catatan paraf paling banyak 1000 karakter</source>
        <translation>Initials notes can be at most 1000 characters</translation>
    </message>
    <message>
        <source>%1 tidak ditemukan dalam direktori</source>
        <translation>%1 not found in the directory</translation>
    </message>
    <message>
        <source>%1 (%2) tidak aktif</source>
        <translation>%1 (%2) is inactive</translation>
    </message>
    <message>
        <source>%1 (%2) tidak berizin membaca naskah dengan klasifikasi keamanan ini</source>
        <translation>%1 (%2) is not permitted to read letters with this security classification</translation>
    </message>
    <message>
        <source>%1 (%2) harus berada di unit penyusun atau di atasnya</source>
        <translation>%1 (%2) must be in the drafting unit or above it</translation>
    </message>
    <message>
        <source>Unit penyusun tidak ditemukan</source>
        <translation>Drafting unit not found</translation>
    </message>
    <message>
        <source>Penyusun tidak dapat memaraf konsepnya sendiri</source>
        <translation>The drafter cannot initial their own draft</translation>
    </message>
    <message>
        <source>Penandatangan tidak perlu memaraf; ia menandatangani sesudah paraf</source>
        <translation>The signatory does not need to initial; they sign after the initials</translation>
    </message>
    <message>
        <source>Pemeriksa</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>%1 tidak berwenang menandatangani naskah dinas</source>
        <translation>%1 is not authorized to sign official letters</translation>
    </message>
    <message>
        <source>Nomor dan berkas bertanda tangan diisi saat penandatanganan</source>
        <translation>The number and signed file are filled in at signing</translation>
    </message>
    <message>
        <source>Nomor dan tujuan pengiriman diisi sesudah penandatanganan</source>
        <translation>The number and delivery recipients are filled in after signing</translation>
    </message>
    <message>
        <source>Konsep hanya dapat disimpan atau diajukan untuk paraf</source>
        <translation>A draft can only be saved or submitted for initials</translation>
    </message>
    <message>
        <source>Pilih pemeriksa untuk paraf, atau ajukan langsung untuk tanda tangan</source>
        <translation>Choose reviewers for initials, or submit directly for signature</translation>
    </message>
    <message>
        <source>Paraf hanya diberikan oleh pemeriksa masing-masing</source>
        <translation>Initials are given only by each respective reviewer</translation>
    </message>
    <message>
        <source>Tanggal naskah diisi saat penandatanganan</source>
        <translation>The letter date is filled in at signing</translation>
    </message>
    <message>
        <source>Konsep hanya dapat dibuat atas nama Anda sendiri</source>
        <translation>Drafts can only be created in your own name</translation>
    </message>
    <message>
        <source>Konsep dibuat di unit kerja Anda sendiri</source>
        <translation>Drafts are created in your own work unit</translation>
    </message>
    <message>
        <source>Konsep baru berstatus konsep</source>
        <translation>A new draft has draft status</translation>
    </message>
    <message>
        <source>Penyusun dan unit penyusun naskah tidak dapat diubah</source>
        <translation>The drafter and drafting unit of a letter cannot be changed</translation>
    </message>
    <message>
        <source>Hanya penyusun yang dapat mengubah konsep</source>
        <translation>Only the drafter can edit the draft</translation>
    </message>
    <message>
        <source>Naskah yang sudah dikirim tidak dapat diubah</source>
        <translation>Letters that have been sent cannot be changed</translation>
    </message>
    <message>
        <source>Tidak ada paraf yang ditunggu</source>
        <translation>No initials are pending</translation>
    </message>
    <message>
        <source>Belum giliran Anda memberi paraf; menunggu %1</source>
        <translation>It is not your turn to initial yet; waiting for %1</translation>
    </message>
    <message>
        <source>Anda tidak termasuk dalam rantai paraf naskah ini</source>
        <translation>You are not in the initials chain for this letter</translation>
    </message>
    <message>
        <source>Rantai paraf tidak dapat diubah oleh pemeriksa</source>
        <translation>The initials chain cannot be changed by reviewers</translation>
    </message>
    <message>
        <source>Hanya paraf Anda sendiri yang dapat diberikan</source>
        <translation>You can only give your own initials</translation>
    </message>
    <message>
        <source>Status naskah tidak sesuai dengan paraf</source>
        <translation>Letter status does not match the initials</translation>
    </message>
    <message>
        <source>Tuliskan alasan pengembalian untuk penyusun</source>
        <translation>Write the reason for returning it to the drafter</translation>
    </message>
    <message>
        <source>Setujui atau kembalikan konsep</source>
        <translation>Approve or return the draft</translation>
    </message>
    <message>
        <source>Hanya penandatangan yang ditunjuk yang dapat menandatangani naskah ini</source>
        <translation>Only the designated signatory can sign this letter</translation>
    </message>
    <message>
        <source>Naskah ini menunggu tanda tangan</source>
        <translation>This letter is awaiting signature</translation>
    </message>
    <message>
        <source>Naskah belum diparaf oleh semua pemeriksa</source>
        <translation>The letter has not been initialled by all reviewers</translation>
    </message>
    <message>
        <source>Berkas naskah bertanda tangan belum ada</source>
        <translation>The signed letter file is missing</translation>
    </message>
    <message>
        <source>Tanggal naskah tidak valid</source>
        <translation>Invalid letter date</translation>
    </message>
    <message>
        <source>Tanggal naskah tidak boleh sesudah hari ini</source>
        <translation>The letter date cannot be later than today</translation>
    </message>
    <message>
        <source>Naskah ditandatangani dengan nomor dari blok nomor unit</source>
        <translation>Letters are signed with a number from the unit&apos;s number block</translation>
    </message>
    <message>
        <source>Nomor naskah tidak sesuai dengan klasifikasi, unit dan tahunnya</source>
        <translation>The letter number does not match its classification, unit and year</translation>
    </message>
    <message>
        <source>Hanya penyusun atau penandatangan yang dapat mengirim naskah ini</source>
        <translation>Only the drafter or signatory can send this letter</translation>
    </message>
    <message>
        <source>Naskah yang sudah ditandatangani tidak dapat diubah; hanya dapat dikirim</source>
        <translation>Signed letters cannot be changed; they can only be sent</translation>
    </message>
    <message>
        <source>Pilih unit penerima</source>
        <translation>Choose the recipient unit</translation>
    </message>
    <message>
        <source>Unit penerima tidak valid</source>
        <translation>Invalid recipient unit</translation>
    </message>
    <message>
        <source>Unit penerima tidak ditemukan</source>
        <translation>Recipient unit not found</translation>
    </message>
</context>
<context>
    <name>lontar::records::OutgoingRenderer</name>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Tidak dapat membuat PDF naskah</source>
        <translation>Could not create the letter PDF</translation>
    </message>
    <message>
        <source>…… (diberikan saat ditandatangani)</source>
        <translation>…… (assigned on signing)</translation>
    </message>
    <message>
        <source>NOTA DINAS</source>
        <translation>MEMORANDUM</translation>
    </message>
    <message>
        <source>NOMOR %1</source>
        <translation>NUMBER %1</translation>
    </message>
    <message>
        <source>Yth.</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tembusan</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>di</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tempat tanda tangan elektronik</source>
        <translation>Electronic signature area</translation>
    </message>
    <message>
        <source>NIP. %1</source>
        <translation>NIP. %1</translation>
    </message>
    <message>
        <source>Tembusan:</source>
        <translation>Copies to:</translation>
    </message>
</context>
<context>
    <name>lontar::records::OutgoingTab</name>
    <message>
        <source>Konsep saya</source>
        <translation>My drafts</translation>
    </message>
    <message>
        <source>Menunggu paraf saya</source>
        <translation>Awaiting my initials</translation>
    </message>
    <message>
        <source>Menunggu tanda tangan saya</source>
        <translation>Awaiting my signature</translation>
    </message>
    <message>
        <source>Register naskah keluar</source>
        <translation>Outgoing letter register</translation>
    </message>
    <message>
        <source>Konsep baru</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation>Subject</translation>
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
        <source>Ubah konsep</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <source>Ajukan paraf</source>
        <translation>Request initials</translation>
    </message>
    <message>
        <source>Setujui (paraf)</source>
        <translation>Approve (initial)</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Tanda tangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rantai paraf&lt;/b&gt;</source>
        <translation>&lt;b&gt;Initialing chain&lt;/b&gt;</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Belum ada konsep. Tekan &quot;Konsep baru&quot; untuk menyusun naskah dari templat.</source>
        <translation>No drafts yet. Press &quot;New draft&quot; to compose a letter from a template.</translation>
    </message>
    <message>
        <source>Tidak ada konsep yang menunggu paraf Anda.</source>
        <translation>No drafts are awaiting your initials.</translation>
    </message>
    <message>
        <source>Tidak ada naskah yang menunggu tanda tangan Anda.</source>
        <translation>No letters are awaiting your signature.</translation>
    </message>
    <message>
        <source>Belum ada naskah keluar yang ditandatangani tahun ini.</source>
        <translation>No outgoing letters have been signed this year.</translation>
    </message>
    <message>
        <source>Pilih naskah di daftar.</source>
        <translation>Select a letter in the list.</translation>
    </message>
    <message>
        <source>Dikembalikan oleh %1: %2</source>
        <translation>Returned by %1: %2</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Paraf diberikan</source>
        <translation>Initialed</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Giliran memberi paraf</source>
        <translation>Turn to initial</translation>
    </message>
    <message>
        <source>(menunggu data direktori)</source>
        <translation>(waiting for directory data)</translation>
    </message>
    <message>
        <source>Menunggu paraf selesai</source>
        <translation>Waiting for initials to finish</translation>
    </message>
    <message>
        <source>Giliran menandatangani</source>
        <translation>Turn to sign</translation>
    </message>
    <message>
        <source>Ditandatangani dan dikirim</source>
        <translation>Signed and sent</translation>
    </message>
    <message>
        <source>Ditandatangani (TTE)</source>
        <translation>Signed (TTE)</translation>
    </message>
    <message>
        <source> (penandatangan)</source>
        <translation> (signatory)</translation>
    </message>
    <message>
        <source>Pratinjau tidak dapat dibuat</source>
        <translation>Preview could not be generated</translation>
    </message>
    <message>
        <source>Konsep disimpan.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Diajukan untuk tanda tangan.</source>
        <translation>Submitted for signature.</translation>
    </message>
    <message>
        <source>Diajukan untuk paraf.</source>
        <translation>Submitted for initials.</translation>
    </message>
    <message>
        <source>Paraf diberikan.</source>
        <translation>Initials given.</translation>
    </message>
    <message>
        <source>Kembalikan ke penyusun</source>
        <translation>Return to drafter</translation>
    </message>
    <message>
        <source>Apa yang perlu diperbaiki?</source>
        <translation>What needs to be fixed?</translation>
    </message>
    <message>
        <source>Dikembalikan ke penyusun.</source>
        <translation>Returned to drafter.</translation>
    </message>
    <message>
        <source>Tanda tangani naskah</source>
        <translation>Sign letter</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Naskah diberi nomor dari blok nomor unit, lalu ditandatangani secara elektronik dengan tanda tangan tampak pada tempat tanda tangan.</source>
        <translation>The letter is numbered from the unit&apos;s number block, then signed electronically with a visible signature in the signature area.</translation>
    </message>
    <message>
        <source>Ditandatangani dengan nomor %1.</source>
        <translation>Signed with number %1.</translation>
    </message>
    <message>
        <source>Kirim ke unit penerima</source>
        <translation>Send to recipient unit</translation>
    </message>
    <message>
        <source>Pencatat unit penerima mencatatnya sebagai naskah masuk.</source>
        <translation>The recipient unit&apos;s registrar records it as an incoming letter.</translation>
    </message>
    <message>
        <source>Naskah dikirim.</source>
        <translation>Letter sent.</translation>
    </message>
    <message>
        <source>Kop surat…</source>
        <translation>Letterhead…</translation>
    </message>
    <message>
        <source>Alamat, telepon, pos-el dan laman pada kop naskah unit Anda</source>
        <translation>Address, phone, email and website on your unit&apos;s letterhead</translation>
    </message>
    <message>
        <source>Kop surat disimpan; pratinjau naskah memakai kop baru.</source>
        <translation>Letterhead saved; letter previews use the new letterhead.</translation>
    </message>
    <message>
        <source>%1
Penandatangan: %2</source>
        <translation>%1
Signatory: %2</translation>
    </message>
    <message>
        <source>Pilih naskah di daftar terlebih dahulu</source>
        <translation>Select a letter in the list first</translation>
    </message>
    <message>
        <source>Hanya penyusun naskah yang dapat mengubah konsep</source>
        <translation>Only the letter&apos;s drafter can edit the draft</translation>
    </message>
    <message>
        <source>Naskah sudah diajukan; minta pemeriksa mengembalikannya bila perlu diubah</source>
        <translation>The letter has already been submitted; ask the reviewer to return it if it needs changes</translation>
    </message>
    <message>
        <source>Hanya penyusun naskah yang dapat mengajukannya</source>
        <translation>Only the drafter of the letter can submit it</translation>
    </message>
    <message>
        <source>Naskah ini sudah diajukan</source>
        <translation>This letter has already been submitted</translation>
    </message>
    <message>
        <source>Naskah ini tidak sedang menunggu paraf Anda</source>
        <translation>This letter is not awaiting your initials</translation>
    </message>
    <message>
        <source>Hanya pemeriksa yang sedang mendapat giliran paraf, atau penandatangan, yang dapat mengembalikan naskah</source>
        <translation>Only the reviewer whose turn it is to initial, or the signatory, can return the letter</translation>
    </message>
    <message>
        <source>Hanya penandatangan yang ditunjuk yang dapat menandatangani</source>
        <translation>Only the designated signatory can sign</translation>
    </message>
    <message>
        <source>Menunggu paraf semua pemeriksa</source>
        <translation>Waiting for initials from all reviewers</translation>
    </message>
    <message>
        <source>Naskah ini tidak sedang menunggu tanda tangan</source>
        <translation>This letter is not awaiting a signature</translation>
    </message>
    <message>
        <source>Naskah ini sudah dikirim</source>
        <translation>This letter has already been sent</translation>
    </message>
    <message>
        <source>Naskah dapat dikirim setelah ditandatangani</source>
        <translation>The letter can be sent once it has been signed</translation>
    </message>
    <message>
        <source>Hanya penyusun atau penandatangan yang dapat mengirim naskah</source>
        <translation>Only the drafter or the signatory can send the letter</translation>
    </message>
</context>
<context>
    <name>lontar::records::PdfText</name>
    <message>
        <source>Berkas tidak dapat dibaca</source>
        <translation>File cannot be read</translation>
    </message>
    <message>
        <source>Berkas kosong (0 bita)</source>
        <translation>File is empty (0 bytes)</translation>
    </message>
    <message>
        <source>Berkas terlalu besar (%1 MB; paling besar %2 MB)</source>
        <translation>File is too large (%1 MB; at most %2 MB)</translation>
    </message>
    <message>
        <source>Bukan berkas PDF</source>
        <translation>Not a PDF file</translation>
    </message>
    <message>
        <source>Berkas PDF rusak dan tidak dapat dibuka</source>
        <translation>The PDF file is corrupt and cannot be opened</translation>
    </message>
    <message>
        <source>PDF dilindungi kata sandi; buka kuncinya lalu impor lagi</source>
        <translation>The PDF is password-protected; unlock it and import again</translation>
    </message>
    <message>
        <source>PDF terenkripsi; simpan ulang tanpa enkripsi lalu impor lagi</source>
        <translation>The PDF is encrypted; save it again without encryption and import again</translation>
    </message>
    <message>
        <source>Berkas PDF rusak: tidak ada halaman yang terbaca</source>
        <translation>Corrupt PDF file: no pages could be read</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Berkas PDF rusak: halaman %1 tidak terbaca</source>
        <translation>Corrupt PDF file: page %1 could not be read</translation>
    </message>
</context>
<context>
    <name>lontar::records::Policy</name>
    <message>
        <source>Musnah</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>Permanen</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Dinilai kembali</source>
        <translation>Re-evaluate</translation>
    </message>
    <message>
        <source>Biasa</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Penting</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Segera</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Sangat segera</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <source>Tercatat</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Didisposisi</source>
        <translation>Dispositioned</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Diberkaskan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Hanya arsiparis yang dapat mengubah instrumen kearsipan</source>
        <translation>Only an archivist can change records instruments</translation>
    </message>
    <message>
        <source>Instrumen kearsipan tidak dihapus; nonaktifkan saja</source>
        <translation>Records instruments are not deleted; deactivate them instead</translation>
    </message>
    <message>
        <source>Perubahan instrumen hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Instrument changes can only be recorded in your own name</translation>
    </message>
    <message>
        <source>Kode klasifikasi %1 tidak valid (contoh: 000.1.2)</source>
        <translation>Classification code %1 is invalid (example: 000.1.2)</translation>
    </message>
    <message>
        <source>Kode data tidak sesuai dengan kuncinya (%1)</source>
        <translation>Data code does not match its key (%1)</translation>
    </message>
    <message>
        <source>Nama klasifikasi %1 kosong</source>
        <translation>Classification name %1 is empty</translation>
    </message>
    <message>
        <source>Induk klasifikasi %1 harus %2</source>
        <translation>Parent of classification %1 must be %2</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Induk klasifikasi %1 belum ada</source>
        <translation>Parent classification %1 does not exist yet</translation>
    </message>
    <message>
        <source>Masa retensi %1 harus tahun utuh 0 sampai 100</source>
        <translation>Retention period %1 must be whole years from 0 to 100</translation>
    </message>
    <message>
        <source>JRA %1: sebutkan peristiwa yang mengawali masa retensi</source>
        <translation>JRA %1: specify the event that starts the retention period</translation>
    </message>
    <message>
        <source>JRA %1: nama peristiwa hanya untuk pangkal &quot;peristiwa&quot;</source>
        <translation>JRA %1: an event name is only for the &quot;event&quot; start</translation>
    </message>
    <message>
        <source>JRA %1 merujuk kode klasifikasi yang belum ada</source>
        <translation>JRA %1 refers to a classification code that does not exist yet</translation>
    </message>
    <message>
        <source>Hanya pencatat surat atau arsiparis yang dapat mencatat naskah masuk</source>
        <translation>Only a letter registrar or archivist can register incoming letters</translation>
    </message>
    <message>
        <source>Naskah masuk tidak dihapus; penyusutan mengikuti JRA</source>
        <translation>Incoming letters are not deleted; disposal follows the JRA (retention schedule)</translation>
    </message>
    <message>
        <source>Unit dan pencatat naskah tidak dapat diubah atau diatasnamakan orang lain</source>
        <translation>The letter&apos;s unit and registrar cannot be changed or attributed to someone else</translation>
    </message>
    <message>
        <source>Naskah hanya dapat dicatat dan diubah di unit Anda atau unit di bawahnya</source>
        <translation>Letters can only be registered and changed in your unit or units below it</translation>
    </message>
    <message>
        <source>Naskah baru selalu berstatus tercatat</source>
        <translation>New letters always have Registered status</translation>
    </message>
    <message>
        <source>Berkas, nomor agenda dan tanggal terima naskah tidak dapat diubah</source>
        <translation>The letter&apos;s file, agenda number and date received cannot be changed</translation>
    </message>
    <message>
        <source>Perihal naskah wajib diisi</source>
        <translation>Letter subject is required</translation>
    </message>
    <message>
        <source>Tanggal naskah harus berbentuk TTTT-BB-HH</source>
        <translation>Letter date must be in YYYY-MM-DD format</translation>
    </message>
    <message>
        <source>Tanggal terima harus berbentuk TTTT-BB-HH</source>
        <translation>Date received must be in YYYY-MM-DD format</translation>
    </message>
    <message>
        <source>Nomor agenda harus nomor urut/tahun terima, misalnya %1</source>
        <translation>Agenda number must be sequence number/year received, e.g. %1</translation>
    </message>
    <message>
        <source>Berkas naskah harus bernama, berhalaman dan paling besar %1 MB</source>
        <translation>The letter file must have a name, have pages and be at most %1 MB</translation>
    </message>
    <message>
        <source>Data berkas tanpa berkasnya</source>
        <translation>File data without the file</translation>
    </message>
    <message>
        <source>Naskah dinyatakan sebagai arsip dan diberkaskan setelah dicatat</source>
        <translation>The letter is declared a record and filed after being registered</translation>
    </message>
    <message>
        <source>Naskah ini sudah dimusnahkan; catatannya tidak dapat diubah</source>
        <translation>This letter has already been destroyed; its record cannot be changed</translation>
    </message>
    <message>
        <source>Pernyataan sebagai arsip tidak dapat dibatalkan</source>
        <translation>Declaration as a record cannot be undone</translation>
    </message>
    <message>
        <source>Naskah sudah dinyatakan sebagai arsip: isinya (%1) tidak dapat diubah</source>
        <translation>The letter has already been declared a record: its content (%1) cannot be changed</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan arsip yang dinyatakan hanya diubah oleh arsiparis</source>
        <translation>The security classification of a declared record can only be changed by an archivist</translation>
    </message>
    <message>
        <source>Naskah diberkaskan harus menyebut berkasnya</source>
        <translation>A filed letter must specify its case file</translation>
    </message>
    <message>
        <source>Naskah dalam berkas yang sudah ditutup tidak dapat dipindahkan</source>
        <translation>Letters in a closed case file cannot be moved</translation>
    </message>
    <message>
        <source>Berkas tujuan tidak ditemukan</source>
        <translation>Target case file not found</translation>
    </message>
    <message>
        <source>Naskah hanya diberkaskan dalam berkas unitnya sendiri</source>
        <translation>Letters can only be filed in their own unit&apos;s case files</translation>
    </message>
    <message>
        <source>Berkas tujuan sudah ditutup</source>
        <translation>The target case file is already closed</translation>
    </message>
    <message>
        <source>Klasifikasi naskah (%1) harus %2 atau di bawahnya</source>
        <translation>The letter&apos;s classification (%1) must be %2 or lower</translation>
    </message>
    <message>
        <source>Pemusnahan naskah dilaksanakan oleh arsiparis</source>
        <translation>Destruction of letters is carried out by an archivist</translation>
    </message>
    <message>
        <source>Naskah dimusnahkan hanya bersama berkasnya menurut berita acara</source>
        <translation>Letters are destroyed only together with their case file under an official report</translation>
    </message>
    <message>
        <source>Naskah yang dimusnahkan tidak lagi menyimpan berkas PDF dan teksnya</source>
        <translation>Destroyed letters no longer keep their PDF file and text</translation>
    </message>
    <message>
        <source>Nomor agenda dari blok server hanya untuk perangkat yang terdaftar</source>
        <translation>Agenda numbers from the server block are only for registered devices</translation>
    </message>
</context>
<context>
    <name>lontar::records::RecordsCli</name>
    <message>
        <source>ditolak: %1</source>
        <translation>rejected: %1</translation>
    </message>
</context>
<context>
    <name>lontar::records::RecordsPage</name>
    <message>
        <source>Kotak Masuk</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Naskah Masuk</source>
        <translation>Incoming Letters</translation>
    </message>
    <message>
        <source>Naskah Keluar</source>
        <translation>Outgoing Letters</translation>
    </message>
    <message>
        <source>Berkas &amp;&amp; Retensi</source>
        <translation>Case Files &amp;&amp; Retention</translation>
    </message>
</context>
<context>
    <name>lontar::records::RecordsUiModule</name>
    <message>
        <source>Surat &amp; Arsip</source>
        <translation>Letters &amp; Archive</translation>
    </message>
</context>
<context>
    <name>lontar::records::RetentionQuery</name>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Diusulkan musnah</source>
        <translation>Proposed for destruction</translation>
    </message>
    <message>
        <source>Musnah</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Permanen (statis)</source>
        <translation>Permanent (static)</translation>
    </message>
    <message>
        <source>Dinilai kembali</source>
        <translation>Re-evaluate</translation>
    </message>
    <message>
        <source>Pindah ke inaktif</source>
        <translation>Move to inactive</translation>
    </message>
    <message>
        <source>Usul musnah</source>
        <translation>Destruction proposal</translation>
    </message>
    <message>
        <source>Serah permanen</source>
        <translation>Permanent transfer</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan di perangkat ini</source>
        <translation>Case file not found on this device</translation>
    </message>
</context>
<context>
    <name>lontar::records::RetentionWidget</name>
    <message>
        <source>sejak %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Tanpa JRA (disimpan)</source>
        <translation>No JRA (retained)</translation>
    </message>
    <message>
        <source>%1+%2 th, %3</source>
        <translation>%1+%2 yrs, %3</translation>
    </message>
    <message>
        <source>menunggu peristiwa</source>
        <translation>awaiting event</translation>
    </message>
    <message>
        <source>belum ditutup</source>
        <translation>not closed yet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jadwal retensi arsip&lt;/b&gt;</source>
        <translation>&lt;b&gt;Records retention schedule&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Semua berkas</source>
        <translation>All case files</translation>
    </message>
    <message>
        <source>Ditahan</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Uraian berkas</source>
        <translation>Case file description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kurun waktu</source>
        <translation>Time span</translation>
    </message>
    <message>
        <source>Aktif s.d.</source>
        <translation>Active until</translation>
    </message>
    <message>
        <source>Inaktif s.d.</source>
        <translation>Inactive until</translation>
    </message>
    <message>
        <source>JRA</source>
        <translation>JRA</translation>
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
        <source>Penahanan</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <source>Belum ada berkas di perangkat ini. Berkas dibuat saat memberkaskan naskah: buka naskah di tab Naskah Masuk, lalu pilih &quot;Berkaskan&quot;.</source>
        <translation>No case files on this device yet. Case files are created when filing a letter: open the letter in the Incoming Letters tab, then choose &quot;File&quot;.</translation>
    </message>
    <message>
        <source>Tutup berkas</source>
        <translation>Close case file</translation>
    </message>
    <message>
        <source>Tanggal peristiwa…</source>
        <translation>Event date…</translation>
    </message>
    <message>
        <source>Tahan…</source>
        <translation>Hold…</translation>
    </message>
    <message>
        <source>Cabut penahanan…</source>
        <translation>Release hold…</translation>
    </message>
    <message>
        <source>Tindak lanjuti JRA</source>
        <translation>Act on JRA</translation>
    </message>
    <message>
        <source>Usulkan musnah</source>
        <translation>Propose destruction</translation>
    </message>
    <message>
        <source>Daftar usul musnah</source>
        <translation>Destruction proposal list</translation>
    </message>
    <message>
        <source>Diusulkan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Pengusul</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Jumlah berkas</source>
        <translation>Number of case files</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Laksanakan pemusnahan…</source>
        <translation>Carry out destruction…</translation>
    </message>
    <message>
        <source>Simpan daftar usul musnah (PDF)…</source>
        <translation>Save destruction proposal list (PDF)…</translation>
    </message>
    <message>
        <source>Simpan berita acara (PDF)…</source>
        <translation>Save official report (PDF)…</translation>
    </message>
    <message>
        <source>Usul musnah</source>
        <translation>Destruction proposal</translation>
    </message>
    <message>
        <source>Serah permanen</source>
        <translation>Permanent transfer</translation>
    </message>
    <message>
        <source>Dinilai kembali</source>
        <translation>Re-evaluate</translation>
    </message>
    <message>
        <source>Pindah ke inaktif</source>
        <translation>Move to inactive</translation>
    </message>
    <message>
        <source>Tanpa JRA</source>
        <translation>No JRA</translation>
    </message>
    <message>
        <source>Menunggu peristiwa</source>
        <translation>Awaiting event</translation>
    </message>
    <message numerus="yes">
        <source>Per %1 tidak ada berkas yang jatuh tempo (%n berkas tercatat).</source>
        <translation>
            <numerusform>As of %1 no case files are due (%n case file recorded).</numerusform>
            <numerusform>As of %1 no case files are due (%n case files recorded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Per %1: %2 dari %n berkas jatuh tempo untuk ditindaklanjuti.</source>
        <translation>
            <numerusform>As of %1: %2 of %n case file due for follow-up.</numerusform>
            <numerusform>As of %1: %2 of %n case files due for follow-up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n naskah dalam berkas</source>
        <translation>
            <numerusform>%n letter in case file</numerusform>
            <numerusform>%n letters in case file</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditahan: %1</source>
        <translation>On hold: %1</translation>
    </message>
    <message>
        <source>menunggu pimpinan unit</source>
        <translation>awaiting unit head</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; dimusnahkan di %1</source>
        <translation>; destroyed at %1</translation>
    </message>
    <message>
        <source>Berkas ditutup per %1.</source>
        <translation>Case file closed as of %1.</translation>
    </message>
    <message>
        <source>Tanggal peristiwa</source>
        <translation>Event date</translation>
    </message>
    <message>
        <source>Tanggal peristiwa terjadi (HH-BB-TTTT):</source>
        <translation>Date the event occurred (DD-MM-YYYY):</translation>
    </message>
    <message>
        <source>Tanggal tidak dikenali; tulis seperti 03-03-2026</source>
        <translation>Date not recognized; write it like 03-03-2026</translation>
    </message>
    <message>
        <source>Tanggal peristiwa dicatat: %1.</source>
        <translation>Event date recorded: %1.</translation>
    </message>
    <message>
        <source>Tahan berkas</source>
        <translation>Hold case file</translation>
    </message>
    <message>
        <source>Alasan penahanan (perkara, pemeriksaan, permintaan APH):</source>
        <translation>Reason for legal hold (case, audit, law enforcement request):</translation>
    </message>
    <message>
        <source>Berkas ditahan; tidak dapat diusulkan musnah sampai penahanan dicabut.</source>
        <translation>Case file put on hold; it cannot be proposed for destruction until the hold is released.</translation>
    </message>
    <message>
        <source>Cabut penahanan</source>
        <translation>Release hold</translation>
    </message>
    <message>
        <source>Alasan pencabutan:</source>
        <translation>Reason for release:</translation>
    </message>
    <message>
        <source>Penahanan dicabut.</source>
        <translation>Hold released.</translation>
    </message>
    <message>
        <source>Tidak ada berkas terpilih yang jatuh tempo pindah inaktif, permanen atau dinilai kembali. Usul musnah lewat tombol &quot;Usulkan musnah&quot;.</source>
        <translation>None of the selected case files are due to move to inactive, become permanent or be re-evaluated. Propose destruction via the &quot;Propose destruction&quot; button.</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas ditindaklanjuti sesuai JRA.</source>
        <translation>
            <numerusform>%n case file acted on according to the JRA.</numerusform>
            <numerusform>%n case files acted on according to the JRA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daftar usul musnah dibuat (%n berkas) dan menunggu persetujuan pimpinan unit. Simpan daftarnya sebagai PDF dengan tombol di bawah.</source>
        <translation>
            <numerusform>Destruction proposal list created (%n case file) and awaiting approval by the unit head. Save the list as a PDF using the button below.</numerusform>
            <numerusform>Destruction proposal list created (%n case files) and awaiting approval by the unit head. Save the list as a PDF using the button below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usul musnah disetujui.</source>
        <translation>Destruction proposal approved.</translation>
    </message>
    <message>
        <source>Tolak usul musnah</source>
        <translation>Reject destruction proposal</translation>
    </message>
    <message>
        <source>Alasan penolakan:</source>
        <translation>Reason for rejection:</translation>
    </message>
    <message>
        <source>Usul musnah ditolak.</source>
        <translation>Destruction proposal rejected.</translation>
    </message>
    <message>
        <source>Laksanakan pemusnahan</source>
        <translation>Carry out destruction</translation>
    </message>
    <message>
        <source>Tempat pelaksanaan:</source>
        <translation>Place of execution:</translation>
    </message>
    <message>
        <source>Pemusnahan dicatat. Simpan berita acaranya sebagai PDF untuk ditandatangani.</source>
        <translation>Destruction recorded. Save its official report as a PDF for signing.</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>berita-acara-pemusnahan.pdf</source>
        <translation>destruction-official-report.pdf</translation>
    </message>
    <message>
        <source>daftar-usul-musnah.pdf</source>
        <translation>destruction-proposal-list.pdf</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>awaiting sync</translation>
    </message>
    <message>
        <source>Menutup berkas per hari ini; masa retensi dihitung sejak akhir tahun penutupan</source>
        <translation>Closes the case file as of today; the retention period is counted from the end of the closing year</translation>
    </message>
    <message>
        <source>Mencatat tanggal peristiwa yang menjadi pangkal retensi (JRA dengan pangkal peristiwa)</source>
        <translation>Records the event date that starts the retention period (JRA with event-based retention)</translation>
    </message>
    <message>
        <source>Menahan berkas karena perkara atau pemeriksaan; berkas yang ditahan tidak dapat dimusnahkan</source>
        <translation>Places the case file on legal hold due to litigation or an audit; case files on hold cannot be destroyed</translation>
    </message>
    <message>
        <source>Mencabut penahanan berkas dengan alasannya</source>
        <translation>Lifts the legal hold on the case file, with a reason</translation>
    </message>
    <message>
        <source>Memindahkan berkas yang jatuh tempo ke inaktif, permanen, atau dinilai kembali sesuai JRA</source>
        <translation>Moves due case files to inactive, permanent, or re-appraisal according to the JRA</translation>
    </message>
    <message>
        <source>Membuat daftar usul musnah dari berkas terpilih yang jatuh tempo musnah</source>
        <translation>Creates a destruction proposal list from the selected case files that are due for destruction</translation>
    </message>
    <message>
        <source>Menyetujui usul musnah unit Anda</source>
        <translation>Approves your unit&apos;s destruction proposals</translation>
    </message>
    <message>
        <source>Menolak usul musnah dengan alasannya</source>
        <translation>Rejects the destruction proposal, with a reason</translation>
    </message>
    <message>
        <source>Mencatat pelaksanaan pemusnahan; rujukan berkas dan teks naskah dihapus</source>
        <translation>Records that the destruction was carried out; case file references and letter texts are deleted</translation>
    </message>
    <message>
        <source>Menyimpan daftar usul musnah sebagai PDF</source>
        <translation>Saves the destruction proposal list as PDF</translation>
    </message>
    <message>
        <source>Menyimpan berita acara pemusnahan sebagai PDF untuk ditandatangani</source>
        <translation>Saves the official destruction report as PDF for signing</translation>
    </message>
    <message>
        <source>Alasan penahanan: %1</source>
        <translation>Legal hold reason: %1</translation>
    </message>
    <message>
        <source>Unit: %1.</source>
        <translation>Unit: %1.</translation>
    </message>
    <message>
        <source>Pilih satu berkas atau lebih di tabel</source>
        <translation>Select one or more case files in the table</translation>
    </message>
    <message>
        <source>Pilih usul musnah di daftar</source>
        <translation>Select a destruction proposal in the list</translation>
    </message>
    <message>
        <source>Usul musnah ini sudah diputuskan</source>
        <translation>This destruction proposal has already been decided</translation>
    </message>
    <message>
        <source>Pemusnahan ini sudah dilaksanakan</source>
        <translation>This destruction has already been carried out</translation>
    </message>
    <message>
        <source>Pemusnahan dilaksanakan setelah usul disetujui pimpinan unit</source>
        <translation>Destruction is carried out after the proposal is approved by the unit head</translation>
    </message>
    <message>
        <source>Berita acara dibuat setelah usul musnah disetujui pimpinan unit</source>
        <translation>The official report is created after the destruction proposal is approved by the unit head</translation>
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
    <message>
        <source>Rujukan berkas tidak sah</source>
        <translation>Invalid file reference</translation>
    </message>
    <message>
        <source>Belum tersambung ke server; diunduh saat tersambung</source>
        <translation>Not connected to the server yet; will download once connected</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat</source>
        <translation>Folder %1 cannot be created</translation>
    </message>
    <message>
        <source>Unduhan terputus; dicoba lagi pada sinkronisasi berikutnya</source>
        <translation>Download interrupted; will retry at the next sync</translation>
    </message>
    <message>
        <source>Berkas gagal diunduh berulang kali; coba lagi nanti</source>
        <translation>File failed to download repeatedly; try again later</translation>
    </message>
    <message>
        <source>Berkas tidak tersedia di server atau Anda tidak berhak membukanya</source>
        <translation>The file is not available on the server or you are not allowed to open it</translation>
    </message>
</context>
</TS>
