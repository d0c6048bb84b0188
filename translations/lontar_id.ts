<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="id">
<context>
    <name>AuditLog</name>
    <message>
        <source>Entri #%1 hilang dari log audit</source>
        <translation>Entri #%1 hilang dari log audit</translation>
    </message>
    <message>
        <source>Entri #%1 tidak menyambung ke entri sebelumnya</source>
        <translation>Entri #%1 tidak menyambung ke entri sebelumnya</translation>
    </message>
    <message>
        <source>Isi entri #%1 telah diubah</source>
        <translation>Isi entri #%1 telah diubah</translation>
    </message>
    <message>
        <source>Entri terakhir log audit telah dihapus (tercatat %1 entri, ditemukan %2)</source>
        <translation>Entri terakhir log audit telah dihapus (tercatat %1 entri, ditemukan %2)</translation>
    </message>
    <message>
        <source>Penanda akhir log audit hilang</source>
        <translation>Penanda akhir log audit hilang</translation>
    </message>
    <message>
        <source>Berhasil masuk</source>
        <translation>Berhasil masuk</translation>
    </message>
    <message>
        <source>Gagal masuk (kata sandi salah)</source>
        <translation>Gagal masuk (kata sandi salah)</translation>
    </message>
    <message>
        <source>Gagal masuk (pengguna tidak dikenal)</source>
        <translation>Gagal masuk (pengguna tidak dikenal)</translation>
    </message>
    <message>
        <source>Akun dikunci</source>
        <translation>Akun dikunci</translation>
    </message>
    <message>
        <source>Ditolak: akun terkunci</source>
        <translation>Ditolak: akun terkunci</translation>
    </message>
    <message>
        <source>Ditolak: akun nonaktif</source>
        <translation>Ditolak: akun nonaktif</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Data demo dimuat</source>
        <translation>Data demo dimuat</translation>
    </message>
    <message>
        <source>Pengguna dibuat</source>
        <translation>Pengguna dibuat</translation>
    </message>
    <message>
        <source>Kata sandi diatur ulang</source>
        <translation>Kata sandi diatur ulang</translation>
    </message>
    <message>
        <source>Kunci akun dibuka</source>
        <translation>Kunci akun dibuka</translation>
    </message>
    <message>
        <source>Akun diaktifkan</source>
        <translation>Akun diaktifkan</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan</source>
        <translation>Akun dinonaktifkan</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Nama pengguna atau kata sandi salah</source>
        <translation>Nama pengguna atau kata sandi salah</translation>
    </message>
    <message numerus="yes">
        <source>Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam %n menit.</source>
        <translation>
            <numerusform>Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam %n menit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Akun dikunci selama %n menit karena terlalu banyak percobaan gagal.</source>
        <translation>
            <numerusform>Akun dikunci selama %n menit karena terlalu banyak percobaan gagal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin OPD.</source>
        <translation>Akun ini dinonaktifkan. Hubungi admin OPD.</translation>
    </message>
</context>
<context>
    <name>BatchSigner</name>
    <message>
        <source>berkas hasil %1 sudah ada; dilewati</source>
        <translation>berkas hasil %1 sudah ada; dilewati</translation>
    </message>
    <message>
        <source>berkas hasil %1 sudah ada</source>
        <translation>berkas hasil %1 sudah ada</translation>
    </message>
    <message>
        <source>berkas hasil tidak dapat ditulis: %1</source>
        <translation>berkas hasil tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>PDF tidak dapat ditandatangani: %1</source>
        <translation>PDF tidak dapat ditandatangani: %1</translation>
    </message>
    <message>
        <source>tanda tangan gagal dibuat: %1</source>
        <translation>tanda tangan gagal dibuat: %1</translation>
    </message>
    <message>
        <source>Tidak ada dokumen PDF untuk ditandatangani</source>
        <translation>Tidak ada dokumen PDF untuk ditandatangani</translation>
    </message>
    <message>
        <source>Ditandatangani %1 dari %2 dokumen</source>
        <translation>Ditandatangani %1 dari %2 dokumen</translation>
    </message>
    <message>
        <source>; %1 gagal</source>
        <translation>; %1 gagal</translation>
    </message>
    <message>
        <source>; %1 dilewati karena hasilnya sudah ada</source>
        <translation>; %1 dilewati karena hasilnya sudah ada</translation>
    </message>
    <message>
        <source>; %1 tidak diproses karena dibatalkan</source>
        <translation>; %1 tidak diproses karena dibatalkan</translation>
    </message>
    <message>
        <source>- %1: %2</source>
        <translation>- %1: %2</translation>
    </message>
    <message>
        <source>%1 dokumen tanpa penanda, stempel di kanan bawah halaman terakhir: %2</source>
        <translation>%1 dokumen tanpa penanda, stempel di kanan bawah halaman terakhir: %2</translation>
    </message>
    <message>
        <source>Folder %1 tidak ada</source>
        <translation>Folder %1 tidak ada</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibaca</source>
        <translation>Folder %1 tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Folder hasil belum dipilih</source>
        <translation>Folder hasil belum dipilih</translation>
    </message>
    <message>
        <source>Ukuran stempel terlalu kecil (minimal 20×20 pt)</source>
        <translation>Ukuran stempel terlalu kecil (minimal 20×20 pt)</translation>
    </message>
    <message>
        <source>Folder hasil harus berbeda dari folder dokumen asli</source>
        <translation>Folder hasil harus berbeda dari folder dokumen asli</translation>
    </message>
    <message>
        <source>Folder hasil %1 tidak dapat dibuat</source>
        <translation>Folder hasil %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <source>nama berkas hasil %1 sama dengan hasil dokumen lain dalam kumpulan ini</source>
        <translation>nama berkas hasil %1 sama dengan hasil dokumen lain dalam kumpulan ini</translation>
    </message>
    <message>
        <source>penggunaan: lontar-cli sign (--key FILE.p12 --pass-env VAR | --pkcs11 MODULE.so --token LABEL --pin-env VAR) --in-dir FOLDER --out-dir FOLDER [--anchor TEKS] [--overwrite | --skip-existing] [--name --nip --position] [--reason TEKS] [--location TEKS] [--tsa URL]
--in-dir tidak dapat digabung dengan --in, --out, --page atau --rect: stempel diletakkan menurut penanda.</source>
        <translation>penggunaan: lontar-cli sign (--key FILE.p12 --pass-env VAR | --pkcs11 MODULE.so --token LABEL --pin-env VAR) --in-dir FOLDER --out-dir FOLDER [--anchor TEKS] [--overwrite | --skip-existing] [--name --nip --position] [--reason TEKS] [--location TEKS] [--tsa URL]
--in-dir tidak dapat digabung dengan --in, --out, --page atau --rect: stempel diletakkan menurut penanda.</translation>
    </message>
    <message>
        <source>sign: --in-dir membuat tanda tangan B-B, atau B-T dengan --tsa; tingkat lain belum didukung untuk banyak dokumen</source>
        <translation>sign: --in-dir membuat tanda tangan B-B, atau B-T dengan --tsa; tingkat lain belum didukung untuk banyak dokumen</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>Jenis data %1 tidak dikenal</source>
        <translation>Jenis data %1 tidak dikenal</translation>
    </message>
    <message>
        <source>Data %1 hanya dapat diubah oleh server</source>
        <translation>Data %1 hanya dapat diubah oleh server</translation>
    </message>
    <message>
        <source>Data %1 tidak dapat diubah setelah dibuat</source>
        <translation>Data %1 tidak dapat diubah setelah dibuat</translation>
    </message>
    <message>
        <source>Data %1 tidak dapat dihapus</source>
        <translation>Data %1 tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Data tidak ditemukan</source>
        <translation>Data tidak ditemukan</translation>
    </message>
    <message>
        <source>Konflik tidak ditemukan</source>
        <translation>Konflik tidak ditemukan</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca</source>
        <translation>Berkas %1 tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat</source>
        <translation>Folder %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat ditulisi</source>
        <translation>Folder %1 tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Disk penuh atau tidak dapat ditulisi</source>
        <translation>Disk penuh atau tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Berkas terlalu besar</source>
        <translation>Berkas terlalu besar</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disimpan</source>
        <translation>Berkas %1 tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Tidak ada pengguna yang masuk</source>
        <translation>Tidak ada pengguna yang masuk</translation>
    </message>
    <message>
        <source>Perubahan yang ditolak tidak ditemukan</source>
        <translation>Perubahan yang ditolak tidak ditemukan</translation>
    </message>
    <message>
        <source>Rujukan berkas tidak sah</source>
        <translation>Rujukan berkas tidak sah</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dihapus</source>
        <translation>Berkas %1 tidak dapat dihapus</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Tidak dapat membuka basis data %1: %2</source>
        <translation>Tidak dapat membuka basis data %1: %2</translation>
    </message>
    <message>
        <source>Alamat PostgreSQL tidak valid; gunakan postgresql://pengguna@host:port/basisdata</source>
        <translation>Alamat PostgreSQL tidak valid; gunakan postgresql://pengguna@host:port/basisdata</translation>
    </message>
    <message>
        <source>Tidak dapat terhubung ke PostgreSQL di %1: %2</source>
        <translation>Tidak dapat terhubung ke PostgreSQL di %1: %2</translation>
    </message>
    <message>
        <source>Kesalahan SQL (%1): %2</source>
        <translation>Kesalahan SQL (%1): %2</translation>
    </message>
    <message>
        <source>Transaksi bertingkat tidak didukung</source>
        <translation>Transaksi bertingkat tidak didukung</translation>
    </message>
    <message>
        <source>Tidak dapat memulai transaksi: %1</source>
        <translation>Tidak dapat memulai transaksi: %1</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan transaksi: %1</source>
        <translation>Tidak dapat menyimpan transaksi: %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Data demo tidak ditemukan: %1</source>
        <translation>Data demo tidak ditemukan: %1</translation>
    </message>
    <message>
        <source>Data demo rusak: %1</source>
        <translation>Data demo rusak: %1</translation>
    </message>
    <message>
        <source>Pengguna demo %1: %2</source>
        <translation>Pengguna demo %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldSchema</name>
    <message>
        <source>Kolom %1 tidak valid: %2</source>
        <translation>Kolom %1 tidak valid: %2</translation>
    </message>
    <message>
        <source>Kolom %1 tidak dikenal</source>
        <translation>Kolom %1 tidak dikenal</translation>
    </message>
    <message>
        <source>Kolom %1 wajib diisi</source>
        <translation>Kolom %1 wajib diisi</translation>
    </message>
    <message>
        <source>harus teks</source>
        <translation>harus teks</translation>
    </message>
    <message>
        <source>paling banyak %1 karakter</source>
        <translation>paling banyak %1 karakter</translation>
    </message>
    <message>
        <source>harus bilangan bulat</source>
        <translation>harus bilangan bulat</translation>
    </message>
    <message>
        <source>waktu tidak valid</source>
        <translation>waktu tidak valid</translation>
    </message>
    <message>
        <source>harus ya/tidak</source>
        <translation>harus ya/tidak</translation>
    </message>
    <message>
        <source>harus UUID</source>
        <translation>harus UUID</translation>
    </message>
    <message>
        <source>harus SHA-256 (64 huruf heksadesimal)</source>
        <translation>harus SHA-256 (64 huruf heksadesimal)</translation>
    </message>
    <message>
        <source>harus salah satu dari %1</source>
        <translation>harus salah satu dari %1</translation>
    </message>
    <message>
        <source>harus daftar teks</source>
        <translation>harus daftar teks</translation>
    </message>
    <message>
        <source>harus objek</source>
        <translation>harus objek</translation>
    </message>
</context>
<context>
    <name>FilePermissions</name>
    <message>
        <source>Tidak dapat membuat folder %1</source>
        <translation>Tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>Tidak dapat membatasi hak akses folder %1</source>
        <translation>Tidak dapat membatasi hak akses folder %1</translation>
    </message>
    <message>
        <source>Tidak dapat membatasi hak akses berkas %1</source>
        <translation>Tidak dapat membatasi hak akses berkas %1</translation>
    </message>
    <message>
        <source>Tidak dapat membuat berkas %1</source>
        <translation>Tidak dapat membuat berkas %1</translation>
    </message>
</context>
<context>
    <name>IdentityAdmin</name>
    <message>
        <source>Hanya admin OPD yang boleh mengubah data pengguna</source>
        <translation>Hanya admin OPD yang boleh mengubah data pengguna</translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan</source>
        <translation>Pengguna tidak ditemukan</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri</translation>
    </message>
    <message>
        <source>Nama pengguna 2–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung</source>
        <translation>Nama pengguna 2–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung</translation>
    </message>
    <message>
        <source>Tingkat akses keamanan harus 0 sampai 3</source>
        <translation>Tingkat akses keamanan harus 0 sampai 3</translation>
    </message>
    <message>
        <source>%1 wajib diisi</source>
        <translation>%1 wajib diisi</translation>
    </message>
    <message>
        <source>%1 maksimal %2 karakter</source>
        <translation>%1 maksimal %2 karakter</translation>
    </message>
    <message>
        <source>%1 berisi karakter yang tidak diizinkan</source>
        <translation>%1 berisi karakter yang tidak diizinkan</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja wajib dipilih</source>
        <translation>Unit kerja wajib dipilih</translation>
    </message>
    <message>
        <source>Unit tidak ditemukan</source>
        <translation>Unit tidak ditemukan</translation>
    </message>
    <message>
        <source>Tidak ada data yang diubah</source>
        <translation>Tidak ada data yang diubah</translation>
    </message>
    <message>
        <source>NIP sudah terdaftar</source>
        <translation>NIP sudah terdaftar</translation>
    </message>
    <message>
        <source>Anda tidak dapat mencabut peran admin OPD Anda sendiri</source>
        <translation>Anda tidak dapat mencabut peran admin OPD Anda sendiri</translation>
    </message>
    <message>
        <source>Anda tidak dapat mengunci akun Anda sendiri</source>
        <translation>Anda tidak dapat mengunci akun Anda sendiri</translation>
    </message>
</context>
<context>
    <name>IdentityStore</name>
    <message>
        <source>Kata sandi minimal 8 karakter</source>
        <translation>Kata sandi minimal 8 karakter</translation>
    </message>
    <message>
        <source>Kata sandi maksimal 128 karakter</source>
        <translation>Kata sandi maksimal 128 karakter</translation>
    </message>
    <message>
        <source>NIP harus 18 digit angka</source>
        <translation>NIP harus 18 digit angka</translation>
    </message>
    <message>
        <source>Kode dan nama unit wajib diisi</source>
        <translation>Kode dan nama unit wajib diisi</translation>
    </message>
    <message>
        <source>Unit tidak ditemukan</source>
        <translation>Unit tidak ditemukan</translation>
    </message>
    <message>
        <source>Nama pengguna dan nama lengkap wajib diisi</source>
        <translation>Nama pengguna dan nama lengkap wajib diisi</translation>
    </message>
    <message>
        <source>Nama pengguna atau NIP sudah terdaftar</source>
        <translation>Nama pengguna atau NIP sudah terdaftar</translation>
    </message>
    <message>
        <source>Pengguna tidak ditemukan</source>
        <translation>Pengguna tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>LongTermSigner</name>
    <message>
        <source>sign: --level harus B-B, B-T, B-LT atau B-LTA</source>
        <translation>sign: --level harus B-B, B-T, B-LT atau B-LTA</translation>
    </message>
    <message>
        <source>sign: tingkat %1 memerlukan server stempel waktu: berikan --tsa URL</source>
        <translation>sign: tingkat %1 memerlukan server stempel waktu: berikan --tsa URL</translation>
    </message>
    <message>
        <source>objek %1 bukan stream</source>
        <translation>objek %1 bukan stream</translation>
    </message>
    <message>
        <source>Tanda tangan yang baru dibuat tidak dapat dibaca</source>
        <translation>Tanda tangan yang baru dibuat tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Tanda tangan yang baru dibuat tidak memiliki stempel waktu</source>
        <translation>Tanda tangan yang baru dibuat tidak memiliki stempel waktu</translation>
    </message>
    <message>
        <source>Stempel waktu tanda tangan tidak dapat dibaca</source>
        <translation>Stempel waktu tanda tangan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Sertifikat server stempel waktu tidak ada di dalam stempel waktu; validasi jangka panjang memerlukannya</source>
        <translation>Sertifikat server stempel waktu tidak ada di dalam stempel waktu; validasi jangka panjang memerlukannya</translation>
    </message>
    <message>
        <source>Sertifikat %1 &quot;%2&quot; telah dicabut (%3). Dokumen tidak ditandatangani dan tidak ada berkas yang ditulis.</source>
        <translation>Sertifikat %1 &quot;%2&quot; telah dicabut (%3). Dokumen tidak ditandatangani dan tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Status pencabutan sertifikat %1 &quot;%2&quot; tidak dapat dipastikan: %3. Dokumen tidak ditandatangani dan tidak ada berkas yang ditulis.</source>
        <translation>Status pencabutan sertifikat %1 &quot;%2&quot; tidak dapat dipastikan: %3. Dokumen tidak ditandatangani dan tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>tidak ada keterangan</source>
        <translation>tidak ada keterangan</translation>
    </message>
    <message>
        <source>Berkas hasil %1 tidak dapat ditulisi</source>
        <translation>Berkas hasil %1 tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Berkas sementara tidak dapat dibaca</source>
        <translation>Berkas sementara tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Disk penuh: berkas hasil tidak ditulis</source>
        <translation>Disk penuh: berkas hasil tidak ditulis</translation>
    </message>
    <message>
        <source>Dokumen tidak memiliki halaman</source>
        <translation>Dokumen tidak memiliki halaman</translation>
    </message>
    <message>
        <source>Dokumen terlalu besar</source>
        <translation>Dokumen terlalu besar</translation>
    </message>
    <message>
        <source>Stempel waktu dokumen (%1 byte) melebihi ruang yang disediakan (%2 byte)</source>
        <translation>Stempel waktu dokumen (%1 byte) melebihi ruang yang disediakan (%2 byte)</translation>
    </message>
    <message>
        <source>penanda tangan</source>
        <translation>penanda tangan</translation>
    </message>
    <message>
        <source>Tingkat %1 memerlukan alamat server stempel waktu (TSA); dokumen tidak ditandatangani</source>
        <translation>Tingkat %1 memerlukan alamat server stempel waktu (TSA); dokumen tidak ditandatangani</translation>
    </message>
    <message>
        <source>Berkas hasil harus berbeda dari berkas asli; dokumen asli tidak pernah diubah</source>
        <translation>Berkas hasil harus berbeda dari berkas asli; dokumen asli tidak pernah diubah</translation>
    </message>
    <message>
        <source>Folder sementara tidak dapat dibuat</source>
        <translation>Folder sementara tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Tanda tangan yang baru dibuat tidak ditemukan</source>
        <translation>Tanda tangan yang baru dibuat tidak ditemukan</translation>
    </message>
    <message>
        <source>server stempel waktu &quot;%1&quot;</source>
        <translation>server stempel waktu &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Daftar migrasi tidak valid untuk modul %1 versi %2</source>
        <translation>Daftar migrasi tidak valid untuk modul %1 versi %2</translation>
    </message>
    <message>
        <source>Basis data dibuat oleh versi Lontar yang lebih baru (modul %1 versi %2); perbarui aplikasi sebelum membukanya.</source>
        <translation>Basis data dibuat oleh versi Lontar yang lebih baru (modul %1 versi %2); perbarui aplikasi sebelum membukanya.</translation>
    </message>
    <message>
        <source>Migrasi %1 versi %2 (%3) gagal: %4</source>
        <translation>Migrasi %1 versi %2 (%3) gagal: %4</translation>
    </message>
</context>
<context>
    <name>ModificationAnalysis</name>
    <message>
        <source>katalog dokumen diganti dengan objek lain (objek %1)</source>
        <translation>katalog dokumen diganti dengan objek lain (objek %1)</translation>
    </message>
    <message>
        <source>trailer diubah: /%1</source>
        <translation>trailer diubah: /%1</translation>
    </message>
    <message>
        <source>susunan halaman diubah (%1 halaman menjadi %2 halaman, atau urutannya berganti)</source>
        <translation>susunan halaman diubah (%1 halaman menjadi %2 halaman, atau urutannya berganti)</translation>
    </message>
    <message>
        <source>pohon halaman (page tree) diubah (objek %1)</source>
        <translation>pohon halaman (page tree) diubah (objek %1)</translation>
    </message>
    <message>
        <source>objek %1 dihapus</source>
        <translation>objek %1 dihapus</translation>
    </message>
    <message>
        <source>objek %1 dihapus (%2)</source>
        <translation>objek %1 dihapus (%2)</translation>
    </message>
    <message>
        <source>halaman %1: isi halaman diubah (objek %2)</source>
        <translation>halaman %1: isi halaman diubah (objek %2)</translation>
    </message>
    <message>
        <source>halaman %1: font, gambar atau sumber daya lain yang dipakai halaman diubah (objek %2)</source>
        <translation>halaman %1: font, gambar atau sumber daya lain yang dipakai halaman diubah (objek %2)</translation>
    </message>
    <message>
        <source>objek %1 diubah</source>
        <translation>objek %1 diubah</translation>
    </message>
    <message>
        <source>%1 diubah (objek %2)</source>
        <translation>%1 diubah (objek %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n objek disimpan ulang tanpa perubahan</source>
        <translation>
            <numerusform>%n objek disimpan ulang tanpa perubahan</numerusform>
        </translation>
    </message>
    <message>
        <source>objek %1 di revisi ini tidak dapat dibaca</source>
        <translation>objek %1 di revisi ini tidak dapat dibaca</translation>
    </message>
    <message>
        <source>xref revisi ini mengarahkan objek %1 ke isi lama di byte %2, di dalam revisi sebelumnya</source>
        <translation>xref revisi ini mengarahkan objek %1 ke isi lama di byte %2, di dalam revisi sebelumnya</translation>
    </message>
    <message>
        <source>pohon halaman diganti di katalog dokumen (objek %1)</source>
        <translation>pohon halaman diganti di katalog dokumen (objek %1)</translation>
    </message>
    <message>
        <source>katalog dokumen diubah: /%1 (objek %2)</source>
        <translation>katalog dokumen diubah: /%1 (objek %2)</translation>
    </message>
    <message>
        <source>data validasi jangka panjang (DSS) dihapus dari katalog (objek %1)</source>
        <translation>data validasi jangka panjang (DSS) dihapus dari katalog (objek %1)</translation>
    </message>
    <message>
        <source>data validasi jangka panjang (DSS) ditambahkan</source>
        <translation>data validasi jangka panjang (DSS) ditambahkan</translation>
    </message>
    <message>
        <source>data validasi jangka panjang (DSS) diperbarui</source>
        <translation>data validasi jangka panjang (DSS) diperbarui</translation>
    </message>
    <message>
        <source>formulir (AcroForm) dihapus dari katalog (objek %1)</source>
        <translation>formulir (AcroForm) dihapus dari katalog (objek %1)</translation>
    </message>
    <message>
        <source>sumber daya formulir (/DR) ditambah</source>
        <translation>sumber daya formulir (/DR) ditambah</translation>
    </message>
    <message>
        <source>sumber daya formulir (/DR) diubah (objek %1)</source>
        <translation>sumber daya formulir (/DR) diubah (objek %1)</translation>
    </message>
    <message>
        <source>formulir meminta tampilan field dibuat ulang (/NeedAppearances)</source>
        <translation>formulir meminta tampilan field dibuat ulang (/NeedAppearances)</translation>
    </message>
    <message>
        <source>formulir (AcroForm) diubah: /%1 (objek %2)</source>
        <translation>formulir (AcroForm) diubah: /%1 (objek %2)</translation>
    </message>
    <message>
        <source>field formulir dihapus dari daftar /Fields (objek %1)</source>
        <translation>field formulir dihapus dari daftar /Fields (objek %1)</translation>
    </message>
    <message>
        <source>objek %1 yang sudah ada dijadikan field formulir baru</source>
        <translation>objek %1 yang sudah ada dijadikan field formulir baru</translation>
    </message>
    <message>
        <source>field baru &apos;%1&apos; memakai objek yang sudah ada sebagai widget (objek %2)</source>
        <translation>field baru &apos;%1&apos; memakai objek yang sudah ada sebagai widget (objek %2)</translation>
    </message>
    <message>
        <source>field formulir baru &apos;%1&apos; yang bukan field tanda tangan (objek %2)</source>
        <translation>field formulir baru &apos;%1&apos; yang bukan field tanda tangan (objek %2)</translation>
    </message>
    <message>
        <source>field tanda tangan kosong baru &apos;%1&apos; (objek %2) menggambar tampilan di halaman tanpa tanda tangan yang menjaminnya</source>
        <translation>field tanda tangan kosong baru &apos;%1&apos; (objek %2) menggambar tampilan di halaman tanpa tanda tangan yang menjaminnya</translation>
    </message>
    <message>
        <source>field tanda tangan kosong baru &apos;%1&apos; (objek %2)</source>
        <translation>field tanda tangan kosong baru &apos;%1&apos; (objek %2)</translation>
    </message>
    <message>
        <source>field tanda tangan kosong baru &apos;%1&apos; (objek %2), padahal sertifikasi tingkat P=1 tidak mengizinkan perubahan apa pun</source>
        <translation>field tanda tangan kosong baru &apos;%1&apos; (objek %2), padahal sertifikasi tingkat P=1 tidak mengizinkan perubahan apa pun</translation>
    </message>
    <message>
        <source>field tanda tangan &apos;%1&apos; menunjuk nilai yang bukan kamus tanda tangan baru (objek %2)</source>
        <translation>field tanda tangan &apos;%1&apos; menunjuk nilai yang bukan kamus tanda tangan baru (objek %2)</translation>
    </message>
    <message>
        <source>stempel waktu dokumen baru (objek %1)</source>
        <translation>stempel waktu dokumen baru (objek %1)</translation>
    </message>
    <message>
        <source>tanda tangan baru &apos;%1&apos; (objek %2), padahal sertifikasi tingkat P=1 tidak mengizinkan perubahan apa pun</source>
        <translation>tanda tangan baru &apos;%1&apos; (objek %2), padahal sertifikasi tingkat P=1 tidak mengizinkan perubahan apa pun</translation>
    </message>
    <message>
        <source>field tanda tangan &apos;%1&apos; yang sudah disiapkan ditandatangani (objek %2)</source>
        <translation>field tanda tangan &apos;%1&apos; yang sudah disiapkan ditandatangani (objek %2)</translation>
    </message>
    <message>
        <source>tanda tangan baru &apos;%1&apos; (objek %2)</source>
        <translation>tanda tangan baru &apos;%1&apos; (objek %2)</translation>
    </message>
    <message>
        <source>tampilan field tanda tangan &apos;%1&apos; diperbarui (objek %2)</source>
        <translation>tampilan field tanda tangan &apos;%1&apos; diperbarui (objek %2)</translation>
    </message>
    <message>
        <source>tampilan field tanda tangan &apos;%1&apos; diubah (objek %2)</source>
        <translation>tampilan field tanda tangan &apos;%1&apos; diubah (objek %2)</translation>
    </message>
    <message>
        <source>tanda tangan pada field &apos;%1&apos; diganti atau dihapus (objek %2)</source>
        <translation>tanda tangan pada field &apos;%1&apos; diganti atau dihapus (objek %2)</translation>
    </message>
    <message>
        <source>field tanda tangan &apos;%1&apos; diubah: %2 (objek %3)</source>
        <translation>field tanda tangan &apos;%1&apos; diubah: %2 (objek %3)</translation>
    </message>
    <message>
        <source>isian field formulir &apos;%1&apos; diubah (objek %2)</source>
        <translation>isian field formulir &apos;%1&apos; diubah (objek %2)</translation>
    </message>
    <message>
        <source>field formulir &apos;%1&apos; diubah: %2 (objek %3)</source>
        <translation>field formulir &apos;%1&apos; diubah: %2 (objek %3)</translation>
    </message>
    <message>
        <source>halaman %1: sumber daya halaman (font, gambar) diubah (objek %2)</source>
        <translation>halaman %1: sumber daya halaman (font, gambar) diubah (objek %2)</translation>
    </message>
    <message>
        <source>halaman %1: /%2 diubah (objek %3)</source>
        <translation>halaman %1: /%2 diubah (objek %3)</translation>
    </message>
    <message>
        <source>anotasi langsung di halaman %1 diubah (objek %2)</source>
        <translation>anotasi langsung di halaman %1 diubah (objek %2)</translation>
    </message>
    <message>
        <source>halaman %1: widget field formulir dipindahkan ke halaman ini (objek %2)</source>
        <translation>halaman %1: widget field formulir dipindahkan ke halaman ini (objek %2)</translation>
    </message>
    <message>
        <source>anotasi baru (%1) di halaman %2 (objek %3)</source>
        <translation>anotasi baru (%1) di halaman %2 (objek %3)</translation>
    </message>
    <message>
        <source>halaman %1: widget field formulir dihapus dari halaman (objek %2)</source>
        <translation>halaman %1: widget field formulir dihapus dari halaman (objek %2)</translation>
    </message>
    <message>
        <source>anotasi dihapus dari halaman %1 (objek %2)</source>
        <translation>anotasi dihapus dari halaman %1 (objek %2)</translation>
    </message>
    <message>
        <source>anotasi diubah di halaman %1 (objek %2)</source>
        <translation>anotasi diubah di halaman %1 (objek %2)</translation>
    </message>
    <message>
        <source>tampilan field &apos;%1&apos; diubah (objek %2)</source>
        <translation>tampilan field &apos;%1&apos; diubah (objek %2)</translation>
    </message>
    <message>
        <source>tampilan anotasi di halaman %1 diubah (objek %2)</source>
        <translation>tampilan anotasi di halaman %1 diubah (objek %2)</translation>
    </message>
    <message>
        <source>objek %1, yang sudah dirujuk di revisi sebelumnya tetapi belum ada, kini diisi</source>
        <translation>objek %1, yang sudah dirujuk di revisi sebelumnya tetapi belum ada, kini diisi</translation>
    </message>
    <message>
        <source>katalog dokumen</source>
        <translation>katalog dokumen</translation>
    </message>
    <message>
        <source>informasi dokumen (/Info)</source>
        <translation>informasi dokumen (/Info)</translation>
    </message>
    <message>
        <source>halaman %1</source>
        <translation>halaman %1</translation>
    </message>
    <message>
        <source>isi halaman %1</source>
        <translation>isi halaman %1</translation>
    </message>
    <message>
        <source>sumber daya halaman %1</source>
        <translation>sumber daya halaman %1</translation>
    </message>
    <message>
        <source>anotasi di halaman %1</source>
        <translation>anotasi di halaman %1</translation>
    </message>
    <message>
        <source>pohon halaman</source>
        <translation>pohon halaman</translation>
    </message>
    <message>
        <source>field formulir &apos;%1&apos;</source>
        <translation>field formulir &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bagian katalog /%1</source>
        <translation>bagian katalog /%1</translation>
    </message>
    <message>
        <source>diizinkan</source>
        <translation>diizinkan</translation>
    </message>
    <message>
        <source>TIDAK DIIZINKAN</source>
        <translation>TIDAK DIIZINKAN</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>revisi %1 (%2): %3 — %4</source>
        <translation>revisi %1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>ditandatangani</source>
        <translation>ditandatangani</translation>
    </message>
    <message>
        <source>tanpa tanda tangan</source>
        <translation>tanpa tanda tangan</translation>
    </message>
    <message>
        <source>Berkas tidak memiliki tabel referensi silang (xref)</source>
        <translation>Berkas tidak memiliki tabel referensi silang (xref)</translation>
    </message>
    <message>
        <source>Tanda tangan ini meminta sertifikasi (DocMDP), padahal sertifikasi hanya sah sebagai tanda tangan pertama dokumen; diperlakukan sebagai tanda tangan persetujuan</source>
        <translation>Tanda tangan ini meminta sertifikasi (DocMDP), padahal sertifikasi hanya sah sebagai tanda tangan pertama dokumen; diperlakukan sebagai tanda tangan persetujuan</translation>
    </message>
    <message>
        <source>Katalog dokumen tidak menunjuk tanda tangan sertifikasi ini di /Perms /DocMDP</source>
        <translation>Katalog dokumen tidak menunjuk tanda tangan sertifikasi ini di /Perms /DocMDP</translation>
    </message>
    <message>
        <source>revisi yang ditandatangani tidak lagi menjadi dasar dokumen: rantai xref sesudahnya tidak melewatinya</source>
        <translation>revisi yang ditandatangani tidak lagi menjadi dasar dokumen: rantai xref sesudahnya tidak melewatinya</translation>
    </message>
    <message>
        <source>%1 byte ditambahkan di akhir berkas sesudah revisi terakhir, tanpa tanda tangan</source>
        <translation>%1 byte ditambahkan di akhir berkas sesudah revisi terakhir, tanpa tanda tangan</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Berkas %1 tidak dapat dibuka</source>
        <translation>Berkas %1 tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Berkas %1 kosong</source>
        <translation>Berkas %1 kosong</translation>
    </message>
    <message>
        <source>%1 bukan PDF yang valid: %2</source>
        <translation>%1 bukan PDF yang valid: %2</translation>
    </message>
    <message>
        <source>Bukan PDF yang valid: %1</source>
        <translation>Bukan PDF yang valid: %1</translation>
    </message>
    <message>
        <source>PDF terenkripsi tidak didukung; buka kuncinya terlebih dahulu</source>
        <translation>PDF terenkripsi tidak didukung; buka kuncinya terlebih dahulu</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>Berkas hasil harus berbeda dari berkas asli; dokumen asli tidak pernah diubah</source>
        <translation>Berkas hasil harus berbeda dari berkas asli; dokumen asli tidak pernah diubah</translation>
    </message>
    <message>
        <source>Halaman %1 tidak ada (dokumen berisi %2 halaman)</source>
        <translation>Halaman %1 tidak ada (dokumen berisi %2 halaman)</translation>
    </message>
    <message>
        <source>Area tanda tangan terlalu kecil (minimal 20×20 pt)</source>
        <translation>Area tanda tangan terlalu kecil (minimal 20×20 pt)</translation>
    </message>
    <message>
        <source>Dokumen terlalu besar</source>
        <translation>Dokumen terlalu besar</translation>
    </message>
    <message>
        <source>Tanda tangan (%1 byte) melebihi ruang yang disediakan (%2 byte)</source>
        <translation>Tanda tangan (%1 byte) melebihi ruang yang disediakan (%2 byte)</translation>
    </message>
    <message>
        <source>Berkas hasil %1 tidak dapat ditulisi</source>
        <translation>Berkas hasil %1 tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Disk penuh: berkas hasil tidak ditulis</source>
        <translation>Disk penuh: berkas hasil tidak ditulis</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca</source>
        <translation>Berkas %1 tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak dapat dibaca</source>
        <translation>Sertifikat penanda tangan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan sudah kedaluwarsa sejak %1. Dokumen tidak ditandatangani; perbarui sertifikat elektronik Anda terlebih dahulu.</source>
        <translation>Sertifikat penanda tangan sudah kedaluwarsa sejak %1. Dokumen tidak ditandatangani; perbarui sertifikat elektronik Anda terlebih dahulu.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan belum berlaku sampai %1. Dokumen tidak ditandatangani.</source>
        <translation>Sertifikat penanda tangan belum berlaku sampai %1. Dokumen tidak ditandatangani.</translation>
    </message>
    <message>
        <source>Tingkat sertifikasi harus 0 (tanpa sertifikasi), 1, 2 atau 3</source>
        <translation>Tingkat sertifikasi harus 0 (tanpa sertifikasi), 1, 2 atau 3</translation>
    </message>
    <message>
        <source>Dokumen ini sudah memiliki tanda tangan, jadi tidak dapat disertifikasi: tanda tangan sertifikasi harus menjadi tanda tangan pertama. Tandatangani tanpa sertifikasi.</source>
        <translation>Dokumen ini sudah memiliki tanda tangan, jadi tidak dapat disertifikasi: tanda tangan sertifikasi harus menjadi tanda tangan pertama. Tandatangani tanpa sertifikasi.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Tidak dapat membuat folder profil %1</source>
        <translation>Tidak dapat membuat folder profil %1</translation>
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
        <translation>Profil tidak dapat dibuka.

%1</translation>
    </message>
    <message>
        <source>Data demo tidak dapat dimuat.

%1</source>
        <translation>Data demo tidak dapat dimuat.

%1</translation>
    </message>
    <message>
        <source>Akun kios hanya untuk absensi, tetapi modul absensi tidak terpasang pada aplikasi ini.</source>
        <translation>Akun kios hanya untuk absensi, tetapi modul absensi tidak terpasang pada aplikasi ini.</translation>
    </message>
</context>
<context>
    <name>Revocation</name>
    <message>
        <source>belum dicabut pada %1 (%2; dicabut kemudian pada %3)</source>
        <translation>belum dicabut pada %1 (%2; dicabut kemudian pada %3)</translation>
    </message>
    <message>
        <source>DICABUT sejak %1 (%2)</source>
        <translation>DICABUT sejak %1 (%2)</translation>
    </message>
    <message>
        <source>respons OCSP tidak dapat dibaca</source>
        <translation>respons OCSP tidak dapat dibaca</translation>
    </message>
    <message>
        <source>server OCSP menolak menjawab (status %1)</source>
        <translation>server OCSP menolak menjawab (status %1)</translation>
    </message>
    <message>
        <source>respons OCSP tidak berisi jawaban dasar</source>
        <translation>respons OCSP tidak berisi jawaban dasar</translation>
    </message>
    <message>
        <source>penanda tangan respons OCSP tidak ditemukan</source>
        <translation>penanda tangan respons OCSP tidak ditemukan</translation>
    </message>
    <message>
        <source>respons OCSP tidak ditandatangani oleh penerbit sertifikat atau oleh responder yang ditunjuk penerbit itu</source>
        <translation>respons OCSP tidak ditandatangani oleh penerbit sertifikat atau oleh responder yang ditunjuk penerbit itu</translation>
    </message>
    <message>
        <source>tanda tangan respons OCSP tidak sah</source>
        <translation>tanda tangan respons OCSP tidak sah</translation>
    </message>
    <message>
        <source>sertifikat responder OCSP tidak berlaku saat respons dibuat</source>
        <translation>sertifikat responder OCSP tidak berlaku saat respons dibuat</translation>
    </message>
    <message>
        <source>nonce respons OCSP tidak cocok dengan permintaan</source>
        <translation>nonce respons OCSP tidak cocok dengan permintaan</translation>
    </message>
    <message>
        <source>waktu respons OCSP tidak masuk akal (%1)</source>
        <translation>waktu respons OCSP tidak masuk akal (%1)</translation>
    </message>
    <message>
        <source>OCSP %1</source>
        <translation>OCSP %1</translation>
    </message>
    <message>
        <source>server OCSP tidak mengenal sertifikat ini</source>
        <translation>server OCSP tidak mengenal sertifikat ini</translation>
    </message>
    <message>
        <source>respons OCSP bertanggal %1 tidak berlaku untuk %2</source>
        <translation>respons OCSP bertanggal %1 tidak berlaku untuk %2</translation>
    </message>
    <message>
        <source>tidak dicabut (%1)</source>
        <translation>tidak dicabut (%1)</translation>
    </message>
    <message>
        <source>CRL tidak dapat dibaca</source>
        <translation>CRL tidak dapat dibaca</translation>
    </message>
    <message>
        <source>tanda tangan CRL tidak sah</source>
        <translation>tanda tangan CRL tidak sah</translation>
    </message>
    <message>
        <source>penerbit CRL tidak berwenang menandatangani CRL (keyUsage)</source>
        <translation>penerbit CRL tidak berwenang menandatangani CRL (keyUsage)</translation>
    </message>
    <message>
        <source>waktu CRL tidak masuk akal (%1)</source>
        <translation>waktu CRL tidak masuk akal (%1)</translation>
    </message>
    <message>
        <source>CRL %1</source>
        <translation>CRL %1</translation>
    </message>
    <message>
        <source>CRL bertanggal %1 tidak berlaku untuk %2</source>
        <translation>CRL bertanggal %1 tidak berlaku untuk %2</translation>
    </message>
    <message>
        <source>sertifikat tidak mencantumkan alamat OCSP maupun CRL</source>
        <translation>sertifikat tidak mencantumkan alamat OCSP maupun CRL</translation>
    </message>
    <message>
        <source>server OCSP %1: %2</source>
        <translation>server OCSP %1: %2</translation>
    </message>
    <message>
        <source>jawabannya bukan untuk sertifikat ini</source>
        <translation>jawabannya bukan untuk sertifikat ini</translation>
    </message>
    <message>
        <source>CRL %1: %2</source>
        <translation>CRL %1: %2</translation>
    </message>
    <message>
        <source>diterbitkan oleh pihak lain</source>
        <translation>diterbitkan oleh pihak lain</translation>
    </message>
    <message>
        <source>tidak diperiksa</source>
        <translation>tidak diperiksa</translation>
    </message>
    <message>
        <source>penerbit sertifikat tidak tersedia, status pencabutan tidak dapat diperiksa</source>
        <translation>penerbit sertifikat tidak tersedia, status pencabutan tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>tidak perlu diperiksa (responder OCSP dengan ocsp-nocheck)</source>
        <translation>tidak perlu diperiksa (responder OCSP dengan ocsp-nocheck)</translation>
    </message>
    <message>
        <source>alamat %1 bukan alamat HTTP</source>
        <translation>alamat %1 bukan alamat HTTP</translation>
    </message>
    <message>
        <source>jawaban terlalu besar</source>
        <translation>jawaban terlalu besar</translation>
    </message>
    <message>
        <source>tidak dapat dihubungi (%1)</source>
        <translation>tidak dapat dihubungi (%1)</translation>
    </message>
    <message>
        <source>menjawab HTTP %1</source>
        <translation>menjawab HTTP %1</translation>
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
        <translation>Isi tanda tangan (CMS) tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak ada di dalam tanda tangan</source>
        <translation>Sertifikat penanda tangan tidak ada di dalam tanda tangan</translation>
    </message>
    <message>
        <source>Tanda tangan tanpa atribut message-digest tidak didukung</source>
        <translation>Tanda tangan tanpa atribut message-digest tidak didukung</translation>
    </message>
    <message>
        <source>Algoritme hash selain SHA-256 belum didukung</source>
        <translation>Algoritme hash selain SHA-256 belum didukung</translation>
    </message>
    <message>
        <source>Dokumen telah diubah setelah ditandatangani (hash tidak cocok)</source>
        <translation>Dokumen telah diubah setelah ditandatangani (hash tidak cocok)</translation>
    </message>
    <message>
        <source>Nilai tanda tangan tidak cocok dengan sertifikat</source>
        <translation>Nilai tanda tangan tidak cocok dengan sertifikat</translation>
    </message>
    <message>
        <source>Sertifikat tidak dipercaya: %1</source>
        <translation>Sertifikat tidak dipercaya: %1</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca</source>
        <translation>Berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Kamus tanda tangan berada di dalam object stream, sehingga /ByteRange tidak dapat menunjuk /Contents-nya</source>
        <translation>Kamus tanda tangan berada di dalam object stream, sehingga /ByteRange tidak dapat menunjuk /Contents-nya</translation>
    </message>
    <message>
        <source>Kamus tanda tangan tidak dapat diurai</source>
        <translation>Kamus tanda tangan tidak dapat diurai</translation>
    </message>
    <message>
        <source>Kamus tanda tangan harus berupa objek tersendiri, bukan ditulis langsung di dalam field</source>
        <translation>Kamus tanda tangan harus berupa objek tersendiri, bukan ditulis langsung di dalam field</translation>
    </message>
    <message>
        <source>verify: tidak ada sertifikat akar yang dipercaya; berikan folder sertifikat akar dengan --trust DIR</source>
        <translation>verify: tidak ada sertifikat akar yang dipercaya; berikan folder sertifikat akar dengan --trust DIR</translation>
    </message>
    <message>
        <source>penggunaan kunci (keyUsage) sertifikat tidak mencakup digitalSignature atau nonRepudiation</source>
        <translation>penggunaan kunci (keyUsage) sertifikat tidak mencakup digitalSignature atau nonRepudiation</translation>
    </message>
    <message>
        <source>extendedKeyUsage sertifikat tidak dapat dibaca</source>
        <translation>extendedKeyUsage sertifikat tidak dapat dibaca</translation>
    </message>
    <message>
        <source>extendedKeyUsage sertifikat tidak mengizinkan penandatanganan dokumen (misalnya hanya untuk server TLS)</source>
        <translation>extendedKeyUsage sertifikat tidak mengizinkan penandatanganan dokumen (misalnya hanya untuk server TLS)</translation>
    </message>
    <message>
        <source>Stempel waktu tidak tepercaya; sertifikat dinilai pada waktu pemeriksaan</source>
        <translation>Stempel waktu tidak tepercaya; sertifikat dinilai pada waktu pemeriksaan</translation>
    </message>
    <message>
        <source>Stempel waktu tidak cocok dengan tanda tangan</source>
        <translation>Stempel waktu tidak cocok dengan tanda tangan</translation>
    </message>
    <message>
        <source>Identitas penanda tangan tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya</source>
        <translation>Identitas penanda tangan tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya</translation>
    </message>
    <message>
        <source>, waktu stempel waktu tepercaya</source>
        <translation>, waktu stempel waktu tepercaya</translation>
    </message>
    <message>
        <source>, waktu pemeriksaan, karena tidak ada stempel waktu tepercaya</source>
        <translation>, waktu pemeriksaan, karena tidak ada stempel waktu tepercaya</translation>
    </message>
    <message>
        <source>tepercaya (rantai sampai ke sertifikat akar yang dipercaya, diperiksa pada %1)</source>
        <translation>tepercaya (rantai sampai ke sertifikat akar yang dipercaya, diperiksa pada %1)</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya</source>
        <translation>tidak dapat dipastikan: tidak ada sertifikat akar yang dipercaya</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan: sertifikat tidak berantai ke sertifikat akar yang dipercaya</source>
        <translation>tidak dapat dipastikan: sertifikat tidak berantai ke sertifikat akar yang dipercaya</translation>
    </message>
    <message>
        <source>tidak tepercaya: sertifikat sudah kedaluwarsa pada %1</source>
        <translation>tidak tepercaya: sertifikat sudah kedaluwarsa pada %1</translation>
    </message>
    <message>
        <source>tidak tepercaya: sertifikat belum berlaku pada %1</source>
        <translation>tidak tepercaya: sertifikat belum berlaku pada %1</translation>
    </message>
    <message>
        <source>tidak tepercaya: %1</source>
        <translation>tidak tepercaya: %1</translation>
    </message>
    <message>
        <source>tidak tepercaya: rantai sertifikat tidak valid (%1)</source>
        <translation>tidak tepercaya: rantai sertifikat tidak valid (%1)</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan: sertifikat penanda tangan tidak dapat diperiksa</source>
        <translation>tidak dapat dipastikan: sertifikat penanda tangan tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>tidak ada perubahan sesudah ditandatangani</source>
        <translation>tidak ada perubahan sesudah ditandatangani</translation>
    </message>
    <message>
        <source>Dokumen ini tidak memiliki tanda tangan elektronik</source>
        <translation>Dokumen ini tidak memiliki tanda tangan elektronik</translation>
    </message>
    <message>
        <source>SEMUA TANDA TANGAN SAH: utuh, tepercaya, dan tidak diubah sesudahnya</source>
        <translation>SEMUA TANDA TANGAN SAH: utuh, tepercaya, dan tidak diubah sesudahnya</translation>
    </message>
    <message>
        <source>BELUM TEPERCAYA: dokumen utuh dan tidak diubah, tetapi identitas penanda tangan tidak dapat dipastikan</source>
        <translation>BELUM TEPERCAYA: dokumen utuh dan tidak diubah, tetapi identitas penanda tangan tidak dapat dipastikan</translation>
    </message>
    <message>
        <source>TIDAK SAH: tanda tangan rusak dan dokumen diubah sesudah ditandatangani</source>
        <translation>TIDAK SAH: tanda tangan rusak dan dokumen diubah sesudah ditandatangani</translation>
    </message>
    <message>
        <source>TIDAK SAH: tanda tangan rusak atau dokumen diubah (keutuhan gagal)</source>
        <translation>TIDAK SAH: tanda tangan rusak atau dokumen diubah (keutuhan gagal)</translation>
    </message>
    <message>
        <source>Berkas: %1 (%2 byte)
</source>
        <translation>Berkas: %1 (%2 byte)
</translation>
    </message>
    <message>
        <source>SAH</source>
        <translation>SAH</translation>
    </message>
    <message>
        <source>BELUM TEPERCAYA</source>
        <translation>BELUM TEPERCAYA</translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation>TIDAK SAH</translation>
    </message>
    <message>
        <source>
Tanda tangan %1 (%2): %3
</source>
        <translation>
Tanda tangan %1 (%2): %3
</translation>
    </message>
    <message>
        <source>  Catatan: tanda tangan (objek %1) tidak terdaftar di /Fields formulir
</source>
        <translation>  Catatan: tanda tangan (objek %1) tidak terdaftar di /Fields formulir
</translation>
    </message>
    <message>
        <source>  Penanda tangan: %1
</source>
        <translation>  Penanda tangan: %1
</translation>
    </message>
    <message>
        <source>  Waktu: %1 (%2)
</source>
        <translation>  Waktu: %1 (%2)
</translation>
    </message>
    <message>
        <source>stempel waktu tepercaya</source>
        <translation>stempel waktu tepercaya</translation>
    </message>
    <message>
        <source>stempel waktu yang belum dapat dipercaya</source>
        <translation>stempel waktu yang belum dapat dipercaya</translation>
    </message>
    <message>
        <source>diakui penanda tangan, tidak dipakai untuk menilai sertifikat</source>
        <translation>diakui penanda tangan, tidak dipakai untuk menilai sertifikat</translation>
    </message>
    <message>
        <source>  Keutuhan: %1
</source>
        <translation>  Keutuhan: %1
</translation>
    </message>
    <message>
        <source>utuh, isi yang ditandatangani tidak berubah</source>
        <translation>utuh, isi yang ditandatangani tidak berubah</translation>
    </message>
    <message>
        <source>RUSAK</source>
        <translation>RUSAK</translation>
    </message>
    <message>
        <source>  Kepercayaan: %1
</source>
        <translation>  Kepercayaan: %1
</translation>
    </message>
    <message>
        <source>  Perubahan sesudahnya: %1
</source>
        <translation>  Perubahan sesudahnya: %1
</translation>
    </message>
    <message>
        <source>
Hasil: %1
</source>
        <translation>
Hasil: %1
</translation>
    </message>
    <message>
        <source>Kunci /%1 muncul lebih dari sekali di kamus tanda tangan; nilai ganda tidak diterima karena salah satunya dapat disisipkan tanpa ditandatangani</source>
        <translation>Kunci /%1 muncul lebih dari sekali di kamus tanda tangan; nilai ganda tidak diterima karena salah satunya dapat disisipkan tanpa ditandatangani</translation>
    </message>
    <message>
        <source>/ByteRange harus berisi tepat empat bilangan bulat</source>
        <translation>/ByteRange harus berisi tepat empat bilangan bulat</translation>
    </message>
    <message>
        <source>/ByteRange berisi angka negatif</source>
        <translation>/ByteRange berisi angka negatif</translation>
    </message>
    <message>
        <source>/ByteRange tidak dimulai dari awal berkas (byte 0), jadi awal berkas tidak ikut ditandatangani</source>
        <translation>/ByteRange tidak dimulai dari awal berkas (byte 0), jadi awal berkas tidak ikut ditandatangani</translation>
    </message>
    <message>
        <source>Bagian-bagian /ByteRange tumpang tindih</source>
        <translation>Bagian-bagian /ByteRange tumpang tindih</translation>
    </message>
    <message>
        <source>/ByteRange melewati akhir berkas</source>
        <translation>/ByteRange melewati akhir berkas</translation>
    </message>
    <message>
        <source>/Contents bukan string heksadesimal</source>
        <translation>/Contents bukan string heksadesimal</translation>
    </message>
    <message>
        <source>Celah /ByteRange (byte %1 sampai %2) tidak sama persis dengan /Contents tanda tangan ini (byte %3 sampai %4): ada byte di dalam celah yang tidak ikut ditandatangani</source>
        <translation>Celah /ByteRange (byte %1 sampai %2) tidak sama persis dengan /Contents tanda tangan ini (byte %3 sampai %4): ada byte di dalam celah yang tidak ikut ditandatangani</translation>
    </message>
    <message>
        <source>Kamus tanda tangan tidak seluruhnya berada di bagian yang ditandatangani</source>
        <translation>Kamus tanda tangan tidak seluruhnya berada di bagian yang ditandatangani</translation>
    </message>
    <message>
        <source>/Type kamus tanda tangan harus /Sig atau /DocTimeStamp</source>
        <translation>/Type kamus tanda tangan harus /Sig atau /DocTimeStamp</translation>
    </message>
    <message>
        <source>/Filter harus /Adobe.PPKLite</source>
        <translation>/Filter harus /Adobe.PPKLite</translation>
    </message>
    <message>
        <source>/SubFilter stempel waktu dokumen harus /ETSI.RFC3161</source>
        <translation>/SubFilter stempel waktu dokumen harus /ETSI.RFC3161</translation>
    </message>
    <message>
        <source>/SubFilter &quot;%1&quot; tidak didukung (hanya ETSI.CAdES.detached dan adbe.pkcs7.detached)</source>
        <translation>/SubFilter &quot;%1&quot; tidak didukung (hanya ETSI.CAdES.detached dan adbe.pkcs7.detached)</translation>
    </message>
    <message>
        <source>Waktu, alasan dan lokasi penandatanganan tidak dibaca karena kamus tanda tangan tidak utuh ditandatangani</source>
        <translation>Waktu, alasan dan lokasi penandatanganan tidak dibaca karena kamus tanda tangan tidak utuh ditandatangani</translation>
    </message>
    <message>
        <source>, waktu stempel waktu dokumen tepercaya yang menutupinya</source>
        <translation>, waktu stempel waktu dokumen tepercaya yang menutupinya</translation>
    </message>
    <message>
        <source>tidak tepercaya: sertifikat sudah dicabut pada %1 (%2)</source>
        <translation>tidak tepercaya: sertifikat sudah dicabut pada %1 (%2)</translation>
    </message>
    <message>
        <source>stempel waktu dokumen</source>
        <translation>stempel waktu dokumen</translation>
    </message>
    <message>
        <source>tanda tangan</source>
        <translation>tanda tangan</translation>
    </message>
    <message>
        <source>tidak dicabut%1: %2</source>
        <translation>tidak dicabut%1: %2</translation>
    </message>
    <message>
        <source>DICABUT%1: %2</source>
        <translation>DICABUT%1: %2</translation>
    </message>
    <message>
        <source>tidak dapat dipastikan%1: %2</source>
        <translation>tidak dapat dipastikan%1: %2</translation>
    </message>
    <message>
        <source>status pencabutan sertifikat tidak diperiksa (tidak ada data pencabutan di dokumen; gunakan pemeriksaan daring untuk menanyakannya)</source>
        <translation>status pencabutan sertifikat tidak diperiksa (tidak ada data pencabutan di dokumen; gunakan pemeriksaan daring untuk menanyakannya)</translation>
    </message>
    <message>
        <source>ada %1 revisi sesudahnya; semua perubahannya diizinkan</source>
        <translation>ada %1 revisi sesudahnya; semua perubahannya diizinkan</translation>
    </message>
    <message>
        <source>ada perubahan sesudah ditandatangani yang tidak diizinkan: %1</source>
        <translation>ada perubahan sesudah ditandatangani yang tidak diizinkan: %1</translation>
    </message>
    <message>
        <source>sertifikasi, tingkat P=1 (dokumen tidak boleh diubah sama sekali)</source>
        <translation>sertifikasi, tingkat P=1 (dokumen tidak boleh diubah sama sekali)</translation>
    </message>
    <message>
        <source>sertifikasi, tingkat P=2 (hanya boleh mengisi formulir dan menandatangani)</source>
        <translation>sertifikasi, tingkat P=2 (hanya boleh mengisi formulir dan menandatangani)</translation>
    </message>
    <message>
        <source>sertifikasi, tingkat P=3 (boleh mengisi formulir, menandatangani, dan menambah anotasi)</source>
        <translation>sertifikasi, tingkat P=3 (boleh mengisi formulir, menandatangani, dan menambah anotasi)</translation>
    </message>
    <message>
        <source>TIDAK SAH: dokumen diubah sesudah ditandatangani dengan perubahan yang tidak diizinkan</source>
        <translation>TIDAK SAH: dokumen diubah sesudah ditandatangani dengan perubahan yang tidak diizinkan</translation>
    </message>
    <message>
        <source>
Stempel waktu dokumen %1 (%2): %3
</source>
        <translation>
Stempel waktu dokumen %1 (%2): %3
</translation>
    </message>
    <message>
        <source>  Pencabutan: %1
</source>
        <translation>  Pencabutan: %1
</translation>
    </message>
    <message>
        <source>  Jenis: %1
</source>
        <translation>  Jenis: %1
</translation>
    </message>
    <message>
        <source>
Dokumen memuat data validasi jangka panjang (DSS)
</source>
        <translation>
Dokumen memuat data validasi jangka panjang (DSS)
</translation>
    </message>
    <message>
        <source>Sertifikat sudah dicabut sebelum waktu validasi: %1</source>
        <translation>Sertifikat sudah dicabut sebelum waktu validasi: %1</translation>
    </message>
    <message>
        <source>Status pencabutan sertifikat tidak dapat dipastikan: %1</source>
        <translation>Status pencabutan sertifikat tidak dapat dipastikan: %1</translation>
    </message>
    <message>
        <source>Isi stempel waktu dokumen (token RFC 3161) tidak dapat dibaca</source>
        <translation>Isi stempel waktu dokumen (token RFC 3161) tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Sertifikat server stempel waktu tidak ada di dalam stempel waktu dokumen</source>
        <translation>Sertifikat server stempel waktu tidak ada di dalam stempel waktu dokumen</translation>
    </message>
    <message>
        <source>Algoritme hash stempel waktu dokumen tidak didukung</source>
        <translation>Algoritme hash stempel waktu dokumen tidak didukung</translation>
    </message>
    <message>
        <source>Dokumen telah diubah setelah diberi stempel waktu dokumen (hash tidak cocok)</source>
        <translation>Dokumen telah diubah setelah diberi stempel waktu dokumen (hash tidak cocok)</translation>
    </message>
    <message>
        <source>Tanda tangan server stempel waktu pada stempel waktu dokumen tidak sah</source>
        <translation>Tanda tangan server stempel waktu pada stempel waktu dokumen tidak sah</translation>
    </message>
    <message>
        <source>/ByteRange tanda tangan ini tidak sah, jadi perubahan sesudahnya tidak dapat dinilai</source>
        <translation>/ByteRange tanda tangan ini tidak sah, jadi perubahan sesudahnya tidak dapat dinilai</translation>
    </message>
    <message>
        <source>perubahan sesudah tanda tangan ini tidak dapat dianalisis: %1</source>
        <translation>perubahan sesudah tanda tangan ini tidak dapat dianalisis: %1</translation>
    </message>
</context>
<context>
    <name>StampPlacer</name>
    <message>
        <source>berkas tidak dapat dibuka</source>
        <translation>berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>bukan berkas PDF</source>
        <translation>bukan berkas PDF</translation>
    </message>
    <message>
        <source>PDF terenkripsi (dilindungi kata sandi); buka kuncinya terlebih dahulu</source>
        <translation>PDF terenkripsi (dilindungi kata sandi); buka kuncinya terlebih dahulu</translation>
    </message>
    <message>
        <source>PDF rusak: strukturnya tidak dapat dibaca</source>
        <translation>PDF rusak: strukturnya tidak dapat dibaca</translation>
    </message>
    <message>
        <source>di penanda, halaman %1</source>
        <translation>di penanda, halaman %1</translation>
    </message>
    <message>
        <source>di atas nama penanda tangan, halaman %1</source>
        <translation>di atas nama penanda tangan, halaman %1</translation>
    </message>
    <message>
        <source>tanpa penanda: di kanan bawah halaman terakhir (%1), di bawah teks terakhir</source>
        <translation>tanpa penanda: di kanan bawah halaman terakhir (%1), di bawah teks terakhir</translation>
    </message>
    <message>
        <source>tanpa penanda: di kanan bawah halaman terakhir (%1)</source>
        <translation>tanpa penanda: di kanan bawah halaman terakhir (%1)</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Server menjawab dengan status %1</source>
        <translation>Server menjawab dengan status %1</translation>
    </message>
    <message>
        <source>Perangkat belum terdaftar di server</source>
        <translation>Perangkat belum terdaftar di server</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Berkas lokal %1 hilang</source>
        <translation>Berkas lokal %1 hilang</translation>
    </message>
    <message>
        <source>Berkas lokal %1 tidak dapat dibaca</source>
        <translation>Berkas lokal %1 tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Jawaban server tidak lengkap</source>
        <translation>Jawaban server tidak lengkap</translation>
    </message>
    <message>
        <source>Jawaban server tidak sesuai urutan</source>
        <translation>Jawaban server tidak sesuai urutan</translation>
    </message>
    <message>
        <source>Perubahan dari server tidak valid</source>
        <translation>Perubahan dari server tidak valid</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulisi</source>
        <translation>Berkas %1 tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Unduhan terputus</source>
        <translation>Unduhan terputus</translation>
    </message>
    <message>
        <source>Disk penuh atau tidak dapat ditulisi</source>
        <translation>Disk penuh atau tidak dapat ditulisi</translation>
    </message>
    <message>
        <source>Isi berkas tidak cocok dengan hash SHA-256</source>
        <translation>Isi berkas tidak cocok dengan hash SHA-256</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disimpan</source>
        <translation>Berkas %1 tidak dapat disimpan</translation>
    </message>
    <message numerus="yes">
        <source>Masih ada %n perubahan milik %1 yang belum terkirim ke server. Minta %1 masuk dan menyinkronkan dulu.</source>
        <translation>
            <numerusform>Masih ada %n perubahan milik %1 yang belum terkirim ke server. Minta %1 masuk dan menyinkronkan dulu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncServer</name>
    <message>
        <source>Terlalu banyak percobaan masuk; coba lagi nanti.</source>
        <translation>Terlalu banyak percobaan masuk; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Perangkat ini terdaftar untuk pengguna lain.</source>
        <translation>Perangkat ini terdaftar untuk pengguna lain.</translation>
    </message>
    <message>
        <source>Perangkat menunggu persetujuan admin OPD.</source>
        <translation>Perangkat menunggu persetujuan admin OPD.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan pada server; coba lagi nanti.</source>
        <translation>Terjadi kesalahan pada server; coba lagi nanti.</translation>
    </message>
    <message>
        <source>Kolom %1 tidak dikenal atau jenis isinya salah</source>
        <translation>Kolom %1 tidak dikenal atau jenis isinya salah</translation>
    </message>
    <message>
        <source>Kolom %1 wajib diisi</source>
        <translation>Kolom %1 wajib diisi</translation>
    </message>
    <message>
        <source>Kolom %1 harus bilangan bulat</source>
        <translation>Kolom %1 harus bilangan bulat</translation>
    </message>
    <message>
        <source>Peran tidak dikenal: %1</source>
        <translation>Peran tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Hanya untuk admin OPD.</source>
        <translation>Hanya untuk admin OPD.</translation>
    </message>
    <message>
        <source>Perangkat tidak ditemukan di unit Anda.</source>
        <translation>Perangkat tidak ditemukan di unit Anda.</translation>
    </message>
    <message>
        <source>Perangkat ini sudah dicabut dan tidak dapat disetujui lagi; daftarkan perangkat sebagai perangkat baru.</source>
        <translation>Perangkat ini sudah dicabut dan tidak dapat disetujui lagi; daftarkan perangkat sebagai perangkat baru.</translation>
    </message>
    <message>
        <source>Isi permintaan harus objek JSON.</source>
        <translation>Isi permintaan harus objek JSON.</translation>
    </message>
    <message>
        <source>Nama pengguna dan kata sandi wajib diisi.</source>
        <translation>Nama pengguna dan kata sandi wajib diisi.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi tidak valid.</source>
        <translation>Nama pengguna atau kata sandi tidak valid.</translation>
    </message>
    <message>
        <source>ID perangkat harus 8–64 karakter berupa huruf, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>ID perangkat harus 8–64 karakter berupa huruf, angka, titik, garis bawah atau tanda hubung.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin OPD.</source>
        <translation>Akun ini dinonaktifkan. Hubungi admin OPD.</translation>
    </message>
    <message>
        <source>Akun ini belum ditempatkan di unit kerja; hubungi admin OPD.</source>
        <translation>Akun ini belum ditempatkan di unit kerja; hubungi admin OPD.</translation>
    </message>
    <message>
        <source>Perangkat ini telah dicabut oleh admin OPD dan tidak dapat dipakai lagi untuk sinkronisasi.</source>
        <translation>Perangkat ini telah dicabut oleh admin OPD dan tidak dapat dipakai lagi untuk sinkronisasi.</translation>
    </message>
    <message>
        <source>Sesi perangkat tidak berlaku lagi; masuk lagi dengan kata sandi.</source>
        <translation>Sesi perangkat tidak berlaku lagi; masuk lagi dengan kata sandi.</translation>
    </message>
    <message>
        <source>Token sesi dipakai ulang; semua sesi perangkat ini dicabut. Masuk lagi dengan kata sandi.</source>
        <translation>Token sesi dipakai ulang; semua sesi perangkat ini dicabut. Masuk lagi dengan kata sandi.</translation>
    </message>
    <message>
        <source>Kuota penyimpanan berkas unit kerja Anda tidak cukup: terpakai %1 MiB dari %2 MiB, berkas ini %3 MiB. Hubungi admin OPD.</source>
        <translation>Kuota penyimpanan berkas unit kerja Anda tidak cukup: terpakai %1 MiB dari %2 MiB, berkas ini %3 MiB. Hubungi admin OPD.</translation>
    </message>
    <message>
        <source>Permintaan tanpa token akses.</source>
        <translation>Permintaan tanpa token akses.</translation>
    </message>
    <message>
        <source>Server sibuk; coba lagi.</source>
        <translation>Server sibuk; coba lagi.</translation>
    </message>
    <message>
        <source>Token akses tidak berlaku.</source>
        <translation>Token akses tidak berlaku.</translation>
    </message>
    <message>
        <source>Token akses kedaluwarsa.</source>
        <translation>Token akses kedaluwarsa.</translation>
    </message>
    <message>
        <source>Token akses milik perangkat lain.</source>
        <translation>Token akses milik perangkat lain.</translation>
    </message>
    <message>
        <source>Perangkat ini tidak disetujui untuk sinkronisasi.</source>
        <translation>Perangkat ini tidak disetujui untuk sinkronisasi.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar.</source>
        <translation>Berkas terlalu besar.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Transaksi sudah selesai</source>
        <translation>Transaksi sudah selesai</translation>
    </message>
</context>
<context>
    <name>lontar::AboutDialog</name>
    <message>
        <source>Tentang Lontar</source>
        <translation>Tentang Lontar</translation>
    </message>
    <message>
        <source>Versi %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>Aplikasi perkantoran untuk aparatur pemerintah daerah: absensi daring, tanda tangan elektronik (TTE) pada PDF, kearsipan dinamis, dan e-katalog lokal. Bekerja tanpa koneksi dan menyinkronkan data ke server pusat saat terhubung.</source>
        <translation>Aplikasi perkantoran untuk aparatur pemerintah daerah: absensi daring, tanda tangan elektronik (TTE) pada PDF, kearsipan dinamis, dan e-katalog lokal. Bekerja tanpa koneksi dan menyinkronkan data ke server pusat saat terhubung.</translation>
    </message>
    <message>
        <source>Dibangun dengan Qt %1, OpenSSL %2, SQLite, Poppler, libargon2, libqrencode dan libp11.</source>
        <translation>Dibangun dengan Qt %1, OpenSSL %2, SQLite, Poppler, libargon2, libqrencode dan libp11.</translation>
    </message>
    <message>
        <source>© 2026 Tim Lontar. Perangkat lunak bebas.</source>
        <translation>© 2026 Tim Lontar. Perangkat lunak bebas.</translation>
    </message>
</context>
<context>
    <name>lontar::AdminDevicesPanel</name>
    <message>
        <source>Perangkat baru milik pegawai di unit Anda perlu disetujui sebelum dapat menyinkronkan data. Cabut perangkat yang hilang atau tidak dipakai lagi.</source>
        <translation>Perangkat baru milik pegawai di unit Anda perlu disetujui sebelum dapat menyinkronkan data. Cabut perangkat yang hilang atau tidak dipakai lagi.</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Cabut…</source>
        <translation>Cabut…</translation>
    </message>
    <message>
        <source>Cabut perangkat</source>
        <translation>Cabut perangkat</translation>
    </message>
    <message>
        <source>Cabut perangkat &quot;%1&quot; milik %2? Perangkat itu tidak dapat sinkron lagi, dan pencabutan tidak dapat dibatalkan.</source>
        <translation>Cabut perangkat &quot;%1&quot; milik %2? Perangkat itu tidak dapat sinkron lagi, dan pencabutan tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Perangkat &quot;%1&quot; milik %2 disetujui.</source>
        <translation>Perangkat &quot;%1&quot; milik %2 disetujui.</translation>
    </message>
    <message>
        <source>Perangkat &quot;%1&quot; milik %2 dicabut.</source>
        <translation>Perangkat &quot;%1&quot; milik %2 dicabut.</translation>
    </message>
</context>
<context>
    <name>lontar::AdministrationPage</name>
    <message>
        <source>Unit organisasi</source>
        <translation>Unit organisasi</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tambah pengguna…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Buka kunci akun</source>
        <translation>Buka kunci akun</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Terkunci</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Ubah data…</source>
        <translation>Ubah data…</translation>
    </message>
    <message>
        <source>Pilih unit untuk melihat pegawai di unit itu dan di bawahnya. Perubahan dikirim ke server lalu diterima semua perangkat saat sinkronisasi.</source>
        <translation>Pilih unit untuk melihat pegawai di unit itu dan di bawahnya. Perubahan dikirim ke server lalu diterima semua perangkat saat sinkronisasi.</translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Menghubungi server…</translation>
    </message>
    <message>
        <source>Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi tidak aktif pada sesi ini. Data di bawah hanya dapat dilihat.</source>
        <translation>Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi tidak aktif pada sesi ini. Data di bawah hanya dapat dilihat.</translation>
    </message>
    <message>
        <source>Menghubungi server… Administrasi pengguna memerlukan koneksi ke server; tombol aktif setelah terhubung.</source>
        <translation>Menghubungi server… Administrasi pengguna memerlukan koneksi ke server; tombol aktif setelah terhubung.</translation>
    </message>
    <message>
        <source>Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi gagal: %1 Data di bawah hanya dapat dilihat.</source>
        <translation>Administrasi pengguna memerlukan koneksi ke server, tetapi sinkronisasi gagal: %1 Data di bawah hanya dapat dilihat.</translation>
    </message>
    <message>
        <source>Administrasi pengguna memerlukan koneksi ke server. Perangkat ini sedang tidak terhubung, jadi data di bawah hanya dapat dilihat. Tombol aktif kembali begitu koneksi pulih.</source>
        <translation>Administrasi pengguna memerlukan koneksi ke server. Perangkat ini sedang tidak terhubung, jadi data di bawah hanya dapat dilihat. Tombol aktif kembali begitu koneksi pulih.</translation>
    </message>
    <message>
        <source>Data di perangkat ini diperbarui pada sinkronisasi berikutnya.</source>
        <translation>Data di perangkat ini diperbarui pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Kunci akun</source>
        <translation>Kunci akun</translation>
    </message>
    <message>
        <source>Mengirim ke server…</source>
        <translation>Mengirim ke server…</translation>
    </message>
    <message>
        <source>Tersimpan di server. Memperbarui data di perangkat ini…</source>
        <translation>Tersimpan di server. Memperbarui data di perangkat ini…</translation>
    </message>
    <message>
        <source>Pengguna %1 ditambahkan. Saat pertama kali masuk, perangkatnya perlu terhubung ke server.</source>
        <translation>Pengguna %1 ditambahkan. Saat pertama kali masuk, perangkatnya perlu terhubung ke server.</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Data %1 diperbarui.</source>
        <translation>Data %1 diperbarui.</translation>
    </message>
    <message>
        <source>Kata sandi %1 telah diatur ulang. Yang bersangkutan masuk dengan kata sandi baru saat perangkatnya terhubung ke server.</source>
        <translation>Kata sandi %1 telah diatur ulang. Yang bersangkutan masuk dengan kata sandi baru saat perangkatnya terhubung ke server.</translation>
    </message>
    <message>
        <source>Kunci akun %1 telah dibuka.</source>
        <translation>Kunci akun %1 telah dibuka.</translation>
    </message>
    <message>
        <source>Akun %1 dikunci sampai dibuka kembali oleh admin.</source>
        <translation>Akun %1 dikunci sampai dibuka kembali oleh admin.</translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan.</source>
        <translation>Akun %1 dinonaktifkan.</translation>
    </message>
    <message>
        <source>Akun %1 diaktifkan.</source>
        <translation>Akun %1 diaktifkan.</translation>
    </message>
</context>
<context>
    <name>lontar::BuiltinModules</name>
    <message>
        <source>Beranda</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Selamat pagi</source>
        <translation>Selamat pagi</translation>
    </message>
    <message>
        <source>Selamat siang</source>
        <translation>Selamat siang</translation>
    </message>
    <message>
        <source>Selamat sore</source>
        <translation>Selamat sore</translation>
    </message>
    <message>
        <source>Selamat malam</source>
        <translation>Selamat malam</translation>
    </message>
    <message>
        <source>Profil Anda</source>
        <translation>Profil Anda</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Keamanan data lokal</source>
        <translation>Keamanan data lokal</translation>
    </message>
    <message numerus="yes">
        <source>✔ Log audit utuh (%n entri terverifikasi)</source>
        <translation>
            <numerusform>✔ Log audit utuh (%n entri terverifikasi)</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Log audit rusak: %1</source>
        <translation>✖ Log audit rusak: %1</translation>
    </message>
    <message>
        <source>Data disimpan di perangkat ini (SQLite, mode WAL, sinkron penuh) dan tetap dapat digunakan tanpa koneksi internet.</source>
        <translation>Data disimpan di perangkat ini (SQLite, mode WAL, sinkron penuh) dan tetap dapat digunakan tanpa koneksi internet.</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Belum ada layanan lain yang tersedia untuk peran Anda.</source>
        <translation>Belum ada layanan lain yang tersedia untuk peran Anda.</translation>
    </message>
    <message>
        <source>Pengguna &amp; Unit</source>
        <translation>Pengguna &amp; Unit</translation>
    </message>
    <message>
        <source>Log Audit</source>
        <translation>Log Audit</translation>
    </message>
    <message>
        <source>Periksa integritas</source>
        <translation>Periksa integritas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Pelaku</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Objek</translation>
    </message>
    <message numerus="yes">
        <source>Rantai hash utuh: %n entri diperiksa, tidak ada yang diubah atau dihapus.</source>
        <translation>
            <numerusform>Rantai hash utuh: %n entri diperiksa, tidak ada yang diubah atau dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rantai hash RUSAK pada entri #%1: %2</source>
        <translation>Rantai hash RUSAK pada entri #%1: %2</translation>
    </message>
</context>
<context>
    <name>lontar::Cades</name>
    <message>
        <source>Server stempel waktu tidak dapat dihubungi: %1</source>
        <translation>Server stempel waktu tidak dapat dihubungi: %1</translation>
    </message>
    <message>
        <source>Jawaban server stempel waktu tidak valid</source>
        <translation>Jawaban server stempel waktu tidak valid</translation>
    </message>
    <message>
        <source>Stempel waktu ditolak: %1</source>
        <translation>Stempel waktu ditolak: %1</translation>
    </message>
</context>
<context>
    <name>lontar::ConflictsModel</name>
    <message>
        <source>Jenis data</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Alasan penolakan</translation>
    </message>
    <message>
        <source>Ditolak pada</source>
        <translation>Ditolak pada</translation>
    </message>
    <message>
        <source>Diketahui pada</source>
        <translation>Diketahui pada</translation>
    </message>
</context>
<context>
    <name>lontar::DeviceListModel</name>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Nama perangkat</source>
        <translation>Nama perangkat</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Didaftarkan</source>
        <translation>Didaftarkan</translation>
    </message>
</context>
<context>
    <name>lontar::EntityPolicy</name>
    <message>
        <source>Unit kerja data ini di luar wewenang Anda</source>
        <translation>Unit kerja data ini di luar wewenang Anda</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan data melebihi izin akses Anda</source>
        <translation>Klasifikasi keamanan data melebihi izin akses Anda</translation>
    </message>
</context>
<context>
    <name>lontar::EsignUiModule</name>
    <message>
        <source>Tanda Tangan Elektronik</source>
        <translation>Tanda Tangan Elektronik</translation>
    </message>
</context>
<context>
    <name>lontar::FieldComparisonModel</name>
    <message>
        <source>(dihapus di server)</source>
        <translation>(dihapus di server)</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Versi saya (perangkat ini)</source>
        <translation>Versi saya (perangkat ini)</translation>
    </message>
    <message>
        <source>Versi server</source>
        <translation>Versi server</translation>
    </message>
</context>
<context>
    <name>lontar::FtsRank</name>
    <message>
        <source>Fungsi peringkat pencarian tidak dapat dipasang</source>
        <translation>Fungsi peringkat pencarian tidak dapat dipasang</translation>
    </message>
</context>
<context>
    <name>lontar::LoginDialog</name>
    <message>
        <source>Masuk ke Lontar</source>
        <translation>Masuk ke Lontar</translation>
    </message>
    <message>
        <source>Layanan perkantoran digital pemerintah daerah: absensi, tanda tangan elektronik, kearsipan dinamis dan e-katalog lokal — tetap bekerja tanpa koneksi.</source>
        <translation>Layanan perkantoran digital pemerintah daerah: absensi, tanda tangan elektronik, kearsipan dinamis dan e-katalog lokal — tetap bekerja tanpa koneksi.</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Gunakan akun yang diberikan oleh admin OPD Anda.</source>
        <translation>Gunakan akun yang diberikan oleh admin OPD Anda.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>contoh: budi.santoso</source>
        <translation>contoh: budi.santoso</translation>
    </message>
    <message>
        <source>Data tersimpan di perangkat ini dan disinkronkan ke server saat terhubung.</source>
        <translation>Data tersimpan di perangkat ini dan disinkronkan ke server saat terhubung.</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Isi nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>Menghubungi server… Kata sandi Anda diperiksa oleh server.</source>
        <translation>Menghubungi server… Kata sandi Anda diperiksa oleh server.</translation>
    </message>
    <message>
        <source>Perangkat ini belum mengenal pengguna mana pun. Masuk pertama kali memerlukan koneksi ke server; hubungi admin OPD untuk menyambungkan perangkat ini.</source>
        <translation>Perangkat ini belum mengenal pengguna mana pun. Masuk pertama kali memerlukan koneksi ke server; hubungi admin OPD untuk menyambungkan perangkat ini.</translation>
    </message>
    <message>
        <source>Setelah admin OPD menindaklanjutinya, masuk lagi dengan kata sandi yang sama.</source>
        <translation>Setelah admin OPD menindaklanjutinya, masuk lagi dengan kata sandi yang sama.</translation>
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
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Keluar akun</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <source>&amp;Tutup aplikasi</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>&amp;Alat</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Tentang Lontar</source>
        <translation>&amp;Tentang Lontar</translation>
    </message>
    <message>
        <source>Profil: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>&amp;Sinkronisasi</source>
        <translation>&amp;Sinkronisasi</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sinkronisasi</translation>
    </message>
</context>
<context>
    <name>lontar::PasswordDialog</name>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk %1. Sampaikan kepada yang bersangkutan secara langsung.</source>
        <translation>Kata sandi baru untuk %1. Sampaikan kepada yang bersangkutan secara langsung.</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lontar::PendingChangesModel</name>
    <message>
        <source>(data yang dihapus)</source>
        <translation>(data yang dihapus)</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Jenis data</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
</context>
<context>
    <name>lontar::Role</name>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Atasan</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>Arsiparis</source>
        <translation>Arsiparis</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Pejabat Pengadaan</source>
        <translation>Pejabat Pengadaan</translation>
    </message>
    <message>
        <source>Admin OPD</source>
        <translation>Admin OPD</translation>
    </message>
    <message>
        <source>Admin Katalog</source>
        <translation>Admin Katalog</translation>
    </message>
    <message>
        <source>Pejabat Pembuat Komitmen</source>
        <translation>Pejabat Pembuat Komitmen</translation>
    </message>
    <message>
        <source>Bendahara</source>
        <translation>Bendahara</translation>
    </message>
    <message>
        <source>Kios Absensi</source>
        <translation>Kios Absensi</translation>
    </message>
    <message>
        <source>Pencatat Surat</source>
        <translation>Pencatat Surat</translation>
    </message>
    <message>
        <source>Pengelola Kepegawaian</source>
        <translation>Pengelola Kepegawaian</translation>
    </message>
</context>
<context>
    <name>lontar::SecurityClass</name>
    <message>
        <source>Biasa</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Terbatas</source>
        <translation>Terbatas</translation>
    </message>
    <message>
        <source>Rahasia</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Sangat Rahasia</source>
        <translation>Sangat Rahasia</translation>
    </message>
</context>
<context>
    <name>lontar::ServerConnection</name>
    <message>
        <source>Sinkronisasi dengan server belum diatur</source>
        <translation>Sinkronisasi dengan server belum diatur</translation>
    </message>
</context>
<context>
    <name>lontar::SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Bahasa antarmuka</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>Folder profil</source>
        <translation>Folder profil</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lontar::SigningKey</name>
    <message>
        <source>Penandatanganan dengan kunci gagal: %1</source>
        <translation>Penandatanganan dengan kunci gagal: %1</translation>
    </message>
    <message>
        <source>Berkas kunci %1 tidak dapat dibuka</source>
        <translation>Berkas kunci %1 tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1 bukan berkas PKCS#12 yang valid</source>
        <translation>%1 bukan berkas PKCS#12 yang valid</translation>
    </message>
    <message>
        <source>Kata sandi berkas kunci salah</source>
        <translation>Kata sandi berkas kunci salah</translation>
    </message>
    <message>
        <source>Berkas kunci tidak dapat dibaca (kata sandi salah atau algoritme tidak didukung)</source>
        <translation>Berkas kunci tidak dapat dibaca (kata sandi salah atau algoritme tidak didukung)</translation>
    </message>
    <message>
        <source>Berkas PKCS#12 tidak berisi kunci dan sertifikat</source>
        <translation>Berkas PKCS#12 tidak berisi kunci dan sertifikat</translation>
    </message>
    <message>
        <source>Modul PKCS#11 %1 tidak dapat dimuat</source>
        <translation>Modul PKCS#11 %1 tidak dapat dimuat</translation>
    </message>
    <message>
        <source>Token tidak dapat dibaca</source>
        <translation>Token tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; tidak ditemukan</source>
        <translation>Token &quot;%1&quot; tidak ditemukan</translation>
    </message>
    <message>
        <source>PIN token salah atau token terkunci</source>
        <translation>PIN token salah atau token terkunci</translation>
    </message>
    <message>
        <source>Token tidak berisi sertifikat</source>
        <translation>Token tidak berisi sertifikat</translation>
    </message>
    <message>
        <source>Token tidak berisi kunci privat untuk sertifikatnya</source>
        <translation>Token tidak berisi kunci privat untuk sertifikatnya</translation>
    </message>
    <message>
        <source>Layanan tanda tangan menolak NIK atau passphrase</source>
        <translation>Layanan tanda tangan menolak NIK atau passphrase</translation>
    </message>
    <message>
        <source>Layanan tanda tangan tidak dapat dihubungi: %1</source>
        <translation>Layanan tanda tangan tidak dapat dihubungi: %1</translation>
    </message>
    <message>
        <source>Tanda tangan dari layanan tidak cocok dengan sertifikat</source>
        <translation>Tanda tangan dari layanan tidak cocok dengan sertifikat</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak valid</source>
        <translation>Sertifikat penanda tangan tidak valid</translation>
    </message>
</context>
<context>
    <name>lontar::SyncEngineConnection</name>
    <message>
        <source>Server tidak dapat dihubungi. Periksa koneksi jaringan, lalu coba lagi.</source>
        <translation>Server tidak dapat dihubungi. Periksa koneksi jaringan, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>lontar::SyncPage</name>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Perubahan yang Anda buat disimpan dulu di perangkat ini, lalu dikirim ke server setiap kali terhubung. Di sini terlihat apa yang belum terkirim dan apa yang perlu keputusan Anda.</source>
        <translation>Perubahan yang Anda buat disimpan dulu di perangkat ini, lalu dikirim ke server setiap kali terhubung. Di sini terlihat apa yang belum terkirim dan apa yang perlu keputusan Anda.</translation>
    </message>
    <message>
        <source>Perubahan berikut tersimpan aman di perangkat ini dan akan dikirim otomatis saat terhubung ke server.</source>
        <translation>Perubahan berikut tersimpan aman di perangkat ini dan akan dikirim otomatis saat terhubung ke server.</translation>
    </message>
    <message>
        <source>✔ Semua perubahan sudah terkirim ke server.</source>
        <translation>✔ Semua perubahan sudah terkirim ke server.</translation>
    </message>
    <message>
        <source>Data berikut diubah di perangkat ini dan juga oleh orang lain di server sejak sinkronisasi terakhir. Bandingkan kedua versi, lalu pilih yang dipakai.</source>
        <translation>Data berikut diubah di perangkat ini dan juga oleh orang lain di server sejak sinkronisasi terakhir. Bandingkan kedua versi, lalu pilih yang dipakai.</translation>
    </message>
    <message>
        <source>Perbandingan isian</source>
        <translation>Perbandingan isian</translation>
    </message>
    <message>
        <source>✔ Tidak ada konflik. Tidak ada data yang perlu Anda pilih.</source>
        <translation>✔ Tidak ada konflik. Tidak ada data yang perlu Anda pilih.</translation>
    </message>
    <message>
        <source>Pakai versi saya</source>
        <translation>Pakai versi saya</translation>
    </message>
    <message>
        <source>Versi di perangkat ini dikirim lagi dan menggantikan versi server.</source>
        <translation>Versi di perangkat ini dikirim lagi dan menggantikan versi server.</translation>
    </message>
    <message>
        <source>Pakai versi server</source>
        <translation>Pakai versi server</translation>
    </message>
    <message>
        <source>Perubahan Anda dibuang; perangkat ini memakai versi server.</source>
        <translation>Perubahan Anda dibuang; perangkat ini memakai versi server.</translation>
    </message>
    <message>
        <source>Server tidak menerima perubahan berikut, sehingga perubahan itu tidak berlaku. Baca alasannya, perbaiki bila perlu, lalu tutup.</source>
        <translation>Server tidak menerima perubahan berikut, sehingga perubahan itu tidak berlaku. Baca alasannya, perbaiki bila perlu, lalu tutup.</translation>
    </message>
    <message>
        <source>✔ Tidak ada perubahan yang ditolak server.</source>
        <translation>✔ Tidak ada perubahan yang ditolak server.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Hapus pemberitahuan ini dari daftar.</source>
        <translation>Hapus pemberitahuan ini dari daftar.</translation>
    </message>
    <message>
        <source>Sinkronisasi tidak aktif pada sesi ini; perubahan tetap tersimpan di perangkat.</source>
        <translation>Sinkronisasi tidak aktif pada sesi ini; perubahan tetap tersimpan di perangkat.</translation>
    </message>
    <message>
        <source>Menunggu dikirim (%1)</source>
        <translation>Menunggu dikirim (%1)</translation>
    </message>
    <message>
        <source>Konflik (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <source>Ditolak server (%1)</source>
        <translation>Ditolak server (%1)</translation>
    </message>
    <message>
        <source>Ditampilkan %1 perubahan terlama dari %2. Semuanya tersimpan aman di perangkat ini dan akan dikirim otomatis saat terhubung ke server.</source>
        <translation>Ditampilkan %1 perubahan terlama dari %2. Semuanya tersimpan aman di perangkat ini dan akan dikirim otomatis saat terhubung ke server.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Alasan dari server: %3&lt;br&gt;Perubahan ini tidak berlaku; data di perangkat ini sudah dikembalikan seperti yang ada di server.</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Alasan dari server: %3&lt;br&gt;Perubahan ini tidak berlaku; data di perangkat ini sudah dikembalikan seperti yang ada di server.</translation>
    </message>
    <message>
        <source>Versi Anda dipakai dan sedang dikirim ke server.</source>
        <translation>Versi Anda dipakai dan sedang dikirim ke server.</translation>
    </message>
    <message>
        <source>Versi Anda dipakai dan dikirim saat terhubung ke server.</source>
        <translation>Versi Anda dipakai dan dikirim saat terhubung ke server.</translation>
    </message>
    <message>
        <source>Versi server dipakai; perubahan Anda di perangkat ini dibuang.</source>
        <translation>Versi server dipakai; perubahan Anda di perangkat ini dibuang.</translation>
    </message>
    <message>
        <source>Pemberitahuan penolakan ditutup.</source>
        <translation>Pemberitahuan penolakan ditutup.</translation>
    </message>
</context>
<context>
    <name>lontar::SyncStatusWidget</name>
    <message>
        <source>belum pernah</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Sinkronisasi belum dikonfigurasi</source>
        <translation>Sinkronisasi belum dikonfigurasi</translation>
    </message>
    <message numerus="yes">
        <source>Luring — %n perubahan menunggu</source>
        <translation>
            <numerusform>Luring — %n perubahan menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daring — %n perubahan menunggu</source>
        <translation>
            <numerusform>Daring — %n perubahan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Daring — tersinkron %1</source>
        <translation>Daring — tersinkron %1</translation>
    </message>
    <message numerus="yes">
        <source>Menyinkronkan… (%n perubahan menunggu)</source>
        <translation>
            <numerusform>Menyinkronkan… (%n perubahan menunggu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sinkronisasi gagal: %1</source>
        <translation>Sinkronisasi gagal: %1</translation>
    </message>
    <message>
        <source>Luring — semua perubahan terkirim</source>
        <translation>Luring — semua perubahan terkirim</translation>
    </message>
    <message>
        <source>Menyinkronkan…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Sinkronisasi terakhir: %1. Klik untuk melihat rinciannya.</source>
        <translation>Sinkronisasi terakhir: %1. Klik untuk melihat rinciannya.</translation>
    </message>
</context>
<context>
    <name>lontar::SyncText</name>
    <message>
        <source>Riwayat tanda tangan</source>
        <translation>Riwayat tanda tangan</translation>
    </message>
    <message>
        <source>Data pegawai</source>
        <translation>Data pegawai</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Kehadiran</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Produk e-katalog</source>
        <translation>Produk e-katalog</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Unit induk</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Izin akses</source>
        <translation>Izin akses</translation>
    </message>
    <message>
        <source>Versi kata sandi</source>
        <translation>Versi kata sandi</translation>
    </message>
    <message>
        <source>Nama dokumen</source>
        <translation>Nama dokumen</translation>
    </message>
    <message>
        <source>Sidik dokumen asli</source>
        <translation>Sidik dokumen asli</translation>
    </message>
    <message>
        <source>Sidik dokumen bertanda tangan</source>
        <translation>Sidik dokumen bertanda tangan</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Tingkat tanda tangan</source>
        <translation>Tingkat tanda tangan</translation>
    </message>
    <message>
        <source>Keterangan kesalahan</source>
        <translation>Keterangan kesalahan</translation>
    </message>
    <message>
        <source>Waktu tanda tangan</source>
        <translation>Waktu tanda tangan</translation>
    </message>
    <message>
        <source>Diterima server</source>
        <translation>Diterima server</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Nama penanda tangan</source>
        <translation>Nama penanda tangan</translation>
    </message>
    <message>
        <source>NIP penanda tangan</source>
        <translation>NIP penanda tangan</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Klasifikasi keamanan</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Berhasil ditandatangani</source>
        <translation>Berhasil ditandatangani</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>(tanpa keterangan)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <source>Server menolak perubahan ini tanpa menyebut alasannya.</source>
        <translation>Server menolak perubahan ini tanpa menyebut alasannya.</translation>
    </message>
</context>
<context>
    <name>lontar::UserDialog</name>
    <message>
        <source>Tambah pengguna</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Kata sandi awal</source>
        <translation>Kata sandi awal</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Nama pengguna dan nama lengkap wajib diisi</source>
        <translation>Nama pengguna dan nama lengkap wajib diisi</translation>
    </message>
    <message>
        <source>Pilih setidaknya satu peran</source>
        <translation>Pilih setidaknya satu peran</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama</source>
        <translation>Kedua kata sandi tidak sama</translation>
    </message>
    <message>
        <source>Ubah data pengguna</source>
        <translation>Ubah data pengguna</translation>
    </message>
    <message>
        <source>Izin akses dokumen</source>
        <translation>Izin akses dokumen</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lontar::attendance</name>
    <message>
        <source>REKAPITULASI KEHADIRAN PEGAWAI</source>
        <translation>REKAPITULASI KEHADIRAN PEGAWAI</translation>
    </message>
    <message>
        <source>Periode %1</source>
        <translation>Periode %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
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
        <translation>Hadir</translation>
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
        <translation>Cuti</translation>
    </message>
    <message>
        <source>Potongan (%)</source>
        <translation>Potongan (%)</translation>
    </message>
    <message>
        <source>Jumlah (%1 pegawai)</source>
        <translation>Jumlah (%1 pegawai)</translation>
    </message>
    <message>
        <source>HK = hari kerja, TL = terlambat, PSW = pulang sebelum waktunya, TK = tanpa keterangan. Potongan TPP dalam persen, paling banyak sesuai batas bulanan.</source>
        <translation>HK = hari kerja, TL = terlambat, PSW = pulang sebelum waktunya, TK = tanpa keterangan. Potongan TPP dalam persen, paling banyak sesuai batas bulanan.</translation>
    </message>
    <message>
        <source>* Data %1 pegawai masih sementara: ada perangkat yang belum sinkron setelah hari itu berakhir.</source>
        <translation>* Data %1 pegawai masih sementara: ada perangkat yang belum sinkron setelah hari itu berakhir.</translation>
    </message>
    <message>
        <source>Dibuat oleh %1 pada %2</source>
        <translation>Dibuat oleh %1 pada %2</translation>
    </message>
    <message>
        <source>Mengetahui, %1</source>
        <translation>Mengetahui, %1</translation>
    </message>
    <message>
        <source>NIP. %1</source>
        <translation>NIP. %1</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <source>Rekapitulasi kehadiran %1</source>
        <translation>Rekapitulasi kehadiran %1</translation>
    </message>
    <message>
        <source>Tidak dapat membuat PDF</source>
        <translation>Tidak dapat membuat PDF</translation>
    </message>
    <message>
        <source>Jadwal mingguan harus berisi hari mon … sun</source>
        <translation>Jadwal mingguan harus berisi hari mon … sun</translation>
    </message>
    <message>
        <source>Hari jadwal tidak dikenal: %1</source>
        <translation>Hari jadwal tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Jam kerja %1 harus {start, end}</source>
        <translation>Jam kerja %1 harus {start, end}</translation>
    </message>
    <message>
        <source>Jam kerja %1 harus berformat JJ:MM</source>
        <translation>Jam kerja %1 harus berformat JJ:MM</translation>
    </message>
    <message>
        <source>Jam masuk dan pulang %1 tidak boleh sama</source>
        <translation>Jam masuk dan pulang %1 tidak boleh sama</translation>
    </message>
    <message>
        <source>Daftar libur paling banyak %1 tanggal</source>
        <translation>Daftar libur paling banyak %1 tanggal</translation>
    </message>
    <message>
        <source>Tanggal libur %1 tercantum dua kali</source>
        <translation>Tanggal libur %1 tercantum dua kali</translation>
    </message>
    <message>
        <source>Jenis aturan harus schedule, holidays, deductions atau network</source>
        <translation>Jenis aturan harus schedule, holidays, deductions atau network</translation>
    </message>
    <message>
        <source>Unit aturan tidak valid</source>
        <translation>Unit aturan tidak valid</translation>
    </message>
    <message>
        <source>Tanggal berlaku aturan harus TTTT-BB-HH</source>
        <translation>Tanggal berlaku aturan harus TTTT-BB-HH</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::AttendanceFormat</name>
    <message>
        <source>Senin</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n detik</source>
        <translation>
            <numerusform>%n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jam</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 jam %2 menit</source>
        <translation>%1 jam %2 menit</translation>
    </message>
    <message>
        <source>Jam perangkat %1 lebih cepat dari jam server</source>
        <translation>Jam perangkat %1 lebih cepat dari jam server</translation>
    </message>
    <message>
        <source>Jam perangkat %1 lebih lambat dari jam server</source>
        <translation>Jam perangkat %1 lebih lambat dari jam server</translation>
    </message>
    <message>
        <source>Jam perangkat berbeda dari jam server</source>
        <translation>Jam perangkat berbeda dari jam server</translation>
    </message>
    <message>
        <source>Waktu yang tercatat belum terjadi menurut server</source>
        <translation>Waktu yang tercatat belum terjadi menurut server</translation>
    </message>
    <message>
        <source>Perangkat belum pernah tersambung ke server saat mencatat; waktunya tidak dapat dipastikan</source>
        <translation>Perangkat belum pernah tersambung ke server saat mencatat; waktunya tidak dapat dipastikan</translation>
    </message>
    <message>
        <source>Perangkat dinyalakan ulang sejak terakhir tersambung ke server; waktunya tidak dapat dipastikan</source>
        <translation>Perangkat dinyalakan ulang sejak terakhir tersambung ke server; waktunya tidak dapat dipastikan</translation>
    </message>
    <message>
        <source>Perangkat terlalu lama tidak tersambung ke server (lebih dari 7 hari)</source>
        <translation>Perangkat terlalu lama tidak tersambung ke server (lebih dari 7 hari)</translation>
    </message>
    <message>
        <source>Ada catatan sebelumnya dari perangkat ini yang tidak sampai ke server</source>
        <translation>Ada catatan sebelumnya dari perangkat ini yang tidak sampai ke server</translation>
    </message>
    <message>
        <source>Urutan catatan perangkat ini tidak cocok; kemungkinan ada catatan yang diubah</source>
        <translation>Urutan catatan perangkat ini tidak cocok; kemungkinan ada catatan yang diubah</translation>
    </message>
    <message>
        <source>Catatan ganda, atau waktunya mundur dari catatan sebelumnya</source>
        <translation>Catatan ganda, atau waktunya mundur dari catatan sebelumnya</translation>
    </message>
    <message>
        <source>Dari mesin sidik jari</source>
        <translation>Dari mesin sidik jari</translation>
    </message>
    <message>
        <source>Catatan perlu diperiksa (%1)</source>
        <translation>Catatan perlu diperiksa (%1)</translation>
    </message>
    <message>
        <source>Libur: %1</source>
        <translation>Libur: %1</translation>
    </message>
    <message>
        <source>Diragukan: %1</source>
        <translation>Diragukan: %1</translation>
    </message>
    <message>
        <source>Sementara: belum tersinkron dari semua perangkat</source>
        <translation>Sementara: belum tersinkron dari semua perangkat</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::AttendancePage</name>
    <message>
        <source>Absensi</source>
        <translation>Absensi</translation>
    </message>
    <message>
        <source>Cuti &amp;&amp; Izin</source>
        <translation>Cuti &amp;&amp; Izin</translation>
    </message>
    <message>
        <source>Tim</source>
        <translation>Tim</translation>
    </message>
    <message>
        <source>Rekap Bulanan</source>
        <translation>Rekap Bulanan</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::AttendanceRecap</name>
    <message>
        <source>Rentang tanggal absensi tidak valid (paling lama satu tahun)</source>
        <translation>Rentang tanggal absensi tidak valid (paling lama satu tahun)</translation>
    </message>
    <message>
        <source>Pegawai tidak ditemukan</source>
        <translation>Pegawai tidak ditemukan</translation>
    </message>
    <message>
        <source>Bulan rekap tidak valid</source>
        <translation>Bulan rekap tidak valid</translation>
    </message>
    <message>
        <source>Unit %1 tidak ditemukan</source>
        <translation>Unit %1 tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::AttendanceUiModule</name>
    <message>
        <source>Absensi</source>
        <translation>Absensi</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::ClockService</name>
    <message>
        <source>Pegawai atau unit kerjanya tidak ditemukan di direktori</source>
        <translation>Pegawai atau unit kerjanya tidak ditemukan di direktori</translation>
    </message>
    <message>
        <source>Perangkat ini belum terdaftar di server; absensi perlu perangkat yang terdaftar</source>
        <translation>Perangkat ini belum terdaftar di server; absensi perlu perangkat yang terdaftar</translation>
    </message>
    <message>
        <source>Kios absensi mencatat untuk pegawai yang memasukkan NIP dan PIN</source>
        <translation>Kios absensi mencatat untuk pegawai yang memasukkan NIP dan PIN</translation>
    </message>
    <message>
        <source>Perangkat ini belum terdaftar di server</source>
        <translation>Perangkat ini belum terdaftar di server</translation>
    </message>
    <message>
        <source>Waktu server belum diketahui sejak perangkat dinyalakan; sinkronkan dulu</source>
        <translation>Waktu server belum diketahui sejak perangkat dinyalakan; sinkronkan dulu</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::ClockTab</name>
    <message>
        <source>Atur PIN kios…</source>
        <translation>Atur PIN kios…</translation>
    </message>
    <message>
        <source>PIN 6 angka untuk absen di komputer kios kantor</source>
        <translation>PIN 6 angka untuk absen di komputer kios kantor</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Kuning: ada catatan yang diragukan. Merah: tanpa keterangan. &quot;Belum tersinkron&quot;: hasil sementara sampai perangkat tersambung ke server.</source>
        <translation>Kuning: ada catatan yang diragukan. Merah: tanpa keterangan. &quot;Belum tersinkron&quot;: hasil sementara sampai perangkat tersambung ke server.</translation>
    </message>
    <message>
        <source>Minggu ini</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <source>PIN kios tersimpan; berlaku di kios unit Anda setelah sinkron.</source>
        <translation>PIN kios tersimpan; berlaku di kios unit Anda setelah sinkron.</translation>
    </message>
    <message>
        <source>✔ Jaringan kantor (alamat %1)</source>
        <translation>✔ Jaringan kantor (alamat %1)</translation>
    </message>
    <message>
        <source>Di luar jaringan kantor — absen tetap dicatat, atasan melihat keterangannya</source>
        <translation>Di luar jaringan kantor — absen tetap dicatat, atasan melihat keterangannya</translation>
    </message>
    <message>
        <source>Jaringan kantor belum diatur untuk unit Anda</source>
        <translation>Jaringan kantor belum diatur untuk unit Anda</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Pulang</translation>
    </message>
    <message>
        <source>Belum ada catatan hari ini.</source>
        <translation>Belum ada catatan hari ini.</translation>
    </message>
    <message>
        <source>Masuk %1</source>
        <translation>Masuk %1</translation>
    </message>
    <message>
        <source>Pulang %1</source>
        <translation>Pulang %1</translation>
    </message>
    <message>
        <source>(belum tersinkron)</source>
        <translation>(belum tersinkron)</translation>
    </message>
    <message>
        <source>Jam kerja %1 – %2</source>
        <translation>Jam kerja %1 – %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Catatan yang diragukan tidak dihitung tepat waktu sampai atasan menerimanya melalui koreksi.</source>
        <translation>Catatan yang diragukan tidak dihitung tepat waktu sampai atasan menerimanya melalui koreksi.</translation>
    </message>
    <message>
        <source>Tercatat masuk %1.</source>
        <translation>Tercatat masuk %1.</translation>
    </message>
    <message>
        <source>Tercatat pulang %1.</source>
        <translation>Tercatat pulang %1.</translation>
    </message>
    <message>
        <source>Sedang dikirim ke server.</source>
        <translation>Sedang dikirim ke server.</translation>
    </message>
    <message>
        <source>Tersimpan di perangkat ini; dikirim ke server saat tersambung.</source>
        <translation>Tersimpan di perangkat ini; dikirim ke server saat tersambung.</translation>
    </message>
    <message>
        <source>Ajukan koreksi…</source>
        <translation>Ajukan koreksi…</translation>
    </message>
    <message>
        <source>Minta atasan menerima catatan yang diragukan</source>
        <translation>Minta atasan menerima catatan yang diragukan</translation>
    </message>
    <message>
        <source>Koreksi diajukan ke atasan. Catatan dihitung setelah disetujui.</source>
        <translation>Koreksi diajukan ke atasan. Catatan dihitung setelah disetujui.</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::DayKind</name>
    <message>
        <source>Bukan hari kerja</source>
        <translation>Bukan hari kerja</translation>
    </message>
    <message>
        <source>Hari libur</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Cuti/izin</source>
        <translation>Cuti/izin</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Tanpa keterangan</source>
        <translation>Tanpa keterangan</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::DeductionTable</name>
    <message>
        <source>Tabel potongan harus {tl, psw, absentPerDay, cap}</source>
        <translation>Tabel potongan harus {tl, psw, absentPerDay, cap}</translation>
    </message>
    <message>
        <source>Potongan %1 harus empat angka persen</source>
        <translation>Potongan %1 harus empat angka persen</translation>
    </message>
    <message>
        <source>Potongan %1%2 harus antara 0 dan 100 persen</source>
        <translation>Potongan %1%2 harus antara 0 dan 100 persen</translation>
    </message>
    <message>
        <source>Potongan tanpa keterangan harus antara 0 dan 100 persen</source>
        <translation>Potongan tanpa keterangan harus antara 0 dan 100 persen</translation>
    </message>
    <message>
        <source>Batas potongan bulanan harus lebih dari 0 dan paling banyak 100 persen</source>
        <translation>Batas potongan bulanan harus lebih dari 0 dan paling banyak 100 persen</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::EventPolicy</name>
    <message>
        <source>Catatan absensi tidak dapat dihapus</source>
        <translation>Catatan absensi tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Sidik (hash) catatan absensi tidak sesuai dengan isinya</source>
        <translation>Sidik (hash) catatan absensi tidak sesuai dengan isinya</translation>
    </message>
    <message>
        <source>Zona waktu %1 tidak dikenal</source>
        <translation>Zona waktu %1 tidak dikenal</translation>
    </message>
    <message>
        <source>Catatan absensi hanya dapat dikirim oleh perangkat yang mencatatnya</source>
        <translation>Catatan absensi hanya dapat dikirim oleh perangkat yang mencatatnya</translation>
    </message>
    <message>
        <source>Hanya admin OPD atau pengelola kepegawaian yang dapat mengimpor log mesin absensi</source>
        <translation>Hanya admin OPD atau pengelola kepegawaian yang dapat mengimpor log mesin absensi</translation>
    </message>
    <message>
        <source>Pegawai ini berada di luar unit kerja Anda</source>
        <translation>Pegawai ini berada di luar unit kerja Anda</translation>
    </message>
    <message>
        <source>Catatan mesin absensi tidak memiliki urutan perangkat</source>
        <translation>Catatan mesin absensi tidak memiliki urutan perangkat</translation>
    </message>
    <message>
        <source>Pegawai ini tidak memiliki NIP</source>
        <translation>Pegawai ini tidak memiliki NIP</translation>
    </message>
    <message>
        <source>Catatan absensi perangkat memerlukan nomor urut dan jam sejak menyala</source>
        <translation>Catatan absensi perangkat memerlukan nomor urut dan jam sejak menyala</translation>
    </message>
    <message>
        <source>Kolom prevHash tidak valid</source>
        <translation>Kolom prevHash tidak valid</translation>
    </message>
    <message>
        <source>Hanya kios absensi yang dapat mencatat dengan sumber kios</source>
        <translation>Hanya kios absensi yang dapat mencatat dengan sumber kios</translation>
    </message>
    <message>
        <source>Kios absensi tidak mencatat kehadiran akunnya sendiri</source>
        <translation>Kios absensi tidak mencatat kehadiran akunnya sendiri</translation>
    </message>
    <message>
        <source>Kios ini hanya mencatat kehadiran pegawai unitnya</source>
        <translation>Kios ini hanya mencatat kehadiran pegawai unitnya</translation>
    </message>
    <message>
        <source>Kios absensi mencatat dengan sumber kios</source>
        <translation>Kios absensi mencatat dengan sumber kios</translation>
    </message>
    <message>
        <source>Anda hanya dapat mencatat kehadiran Anda sendiri</source>
        <translation>Anda hanya dapat mencatat kehadiran Anda sendiri</translation>
    </message>
    <message>
        <source>Kode catatan absensi tidak sesuai dengan perangkat dan nomor urutnya</source>
        <translation>Kode catatan absensi tidak sesuai dengan perangkat dan nomor urutnya</translation>
    </message>
    <message>
        <source>Zona waktu catatan harus zona kantor pegawai (%1)</source>
        <translation>Zona waktu catatan harus zona kantor pegawai (%1)</translation>
    </message>
    <message>
        <source>Kolom anchor tidak valid</source>
        <translation>Kolom anchor tidak valid</translation>
    </message>
    <message>
        <source>Kolom evidence tidak valid</source>
        <translation>Kolom evidence tidak valid</translation>
    </message>
    <message>
        <source>Pegawai tidak ditemukan di direktori</source>
        <translation>Pegawai tidak ditemukan di direktori</translation>
    </message>
    <message>
        <source>Akun pegawai ini nonaktif</source>
        <translation>Akun pegawai ini nonaktif</translation>
    </message>
    <message>
        <source>Pegawai ini belum memiliki unit kerja</source>
        <translation>Pegawai ini belum memiliki unit kerja</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::HolidayKind</name>
    <message>
        <source>Libur nasional</source>
        <translation>Libur nasional</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Cuti bersama</translation>
    </message>
    <message>
        <source>Libur daerah</source>
        <translation>Libur daerah</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::HolidayList</name>
    <message>
        <source>Baris 1: kepala kolom harus date,kind,name</source>
        <translation>Baris 1: kepala kolom harus date,kind,name</translation>
    </message>
    <message>
        <source>Baris %1: harus tiga kolom date,kind,name</source>
        <translation>Baris %1: harus tiga kolom date,kind,name</translation>
    </message>
    <message>
        <source>Baris %1: tanggal harus TTTT-BB-HH</source>
        <translation>Baris %1: tanggal harus TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Baris %1: jenis harus libur_nasional, cuti_bersama atau libur_daerah</source>
        <translation>Baris %1: jenis harus libur_nasional, cuti_bersama atau libur_daerah</translation>
    </message>
    <message>
        <source>Baris %1: nama libur wajib diisi (paling banyak 200 karakter)</source>
        <translation>Baris %1: nama libur wajib diisi (paling banyak 200 karakter)</translation>
    </message>
    <message>
        <source>Daftar libur harus {days: […]}</source>
        <translation>Daftar libur harus {days: […]}</translation>
    </message>
    <message>
        <source>Daftar libur paling banyak %1 tanggal</source>
        <translation>Daftar libur paling banyak %1 tanggal</translation>
    </message>
    <message>
        <source>Setiap hari libur harus {date TTTT-BB-HH, kind, name}</source>
        <translation>Setiap hari libur harus {date TTTT-BB-HH, kind, name}</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::KioskSession</name>
    <message>
        <source>NIP harus 18 digit angka</source>
        <translation>NIP harus 18 digit angka</translation>
    </message>
    <message>
        <source>PIN harus tepat 6 digit angka</source>
        <translation>PIN harus tepat 6 digit angka</translation>
    </message>
    <message numerus="yes">
        <source>NIP ini dikunci karena PIN salah berulang kali. Coba lagi dalam %n menit atau minta admin membuka kios.</source>
        <translation>
            <numerusform>NIP ini dikunci karena PIN salah berulang kali. Coba lagi dalam %n menit atau minta admin membuka kios.</numerusform>
        </translation>
    </message>
    <message>
        <source>NIP atau PIN salah</source>
        <translation>NIP atau PIN salah</translation>
    </message>
    <message>
        <source>Hanya admin OPD dari unit kios ini yang dapat membukanya</source>
        <translation>Hanya admin OPD dari unit kios ini yang dapat membukanya</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::KioskWindow</name>
    <message>
        <source>Kios Absensi</source>
        <translation>Kios Absensi</translation>
    </message>
    <message>
        <source>Kios Absensi — %1</source>
        <translation>Kios Absensi — %1</translation>
    </message>
    <message>
        <source>18 angka NIP</source>
        <translation>18 angka NIP</translation>
    </message>
    <message>
        <source>6 angka</source>
        <translation>6 angka</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Pulang</translation>
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
        <translation>Lupa PIN atau belum punya? Atur PIN di aplikasi Lontar Anda: Absensi → Atur PIN kios.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Nama pengguna admin OPD</source>
        <translation>Nama pengguna admin OPD</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Buka kunci PIN</source>
        <translation>Buka kunci PIN</translation>
    </message>
    <message>
        <source>Keluar dari mode kios</source>
        <translation>Keluar dari mode kios</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
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
        <translation>masuk</translation>
    </message>
    <message>
        <source>pulang</source>
        <translation>pulang</translation>
    </message>
    <message>
        <source>Tercatat, tetapi waktunya perlu diperiksa atasan: %1</source>
        <translation>Tercatat, tetapi waktunya perlu diperiksa atasan: %1</translation>
    </message>
    <message>
        <source>Semua kunci PIN sudah dibuka.</source>
        <translation>Semua kunci PIN sudah dibuka.</translation>
    </message>
    <message>
        <source>Kios hanya dapat ditutup oleh admin OPD dengan kata sandinya.</source>
        <translation>Kios hanya dapat ditutup oleh admin OPD dengan kata sandinya.</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::KoreksiDialog</name>
    <message>
        <source>Ajukan koreksi kehadiran</source>
        <translation>Ajukan koreksi kehadiran</translation>
    </message>
    <message>
        <source>Catatan yang diragukan tidak dihitung tepat waktu. Jelaskan kepada atasan mengapa catatan ini benar; bila disetujui, catatan dihitung dalam rekap.</source>
        <translation>Catatan yang diragukan tidak dihitung tepat waktu. Jelaskan kepada atasan mengapa catatan ini benar; bila disetujui, catatan dihitung dalam rekap.</translation>
    </message>
    <message>
        <source>Masuk %1</source>
        <translation>Masuk %1</translation>
    </message>
    <message>
        <source>Pulang %1</source>
        <translation>Pulang %1</translation>
    </message>
    <message>
        <source>mis. jam laptop belum disetel, saya hadir pukul 07.25</source>
        <translation>mis. jam laptop belum disetel, saya hadir pukul 07.25</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Keraguan</source>
        <translation>Keraguan</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Ajukan ke atasan</source>
        <translation>Ajukan ke atasan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Tuliskan alasannya untuk atasan.</source>
        <translation>Tuliskan alasannya untuk atasan.</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::MarkPolicy</name>
    <message>
        <source>Tanda sinkronisasi perangkat tidak dapat dihapus</source>
        <translation>Tanda sinkronisasi perangkat tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Kolom lastSeq tidak valid</source>
        <translation>Kolom lastSeq tidak valid</translation>
    </message>
    <message>
        <source>Tanda sinkronisasi hanya dapat ditulis oleh perangkatnya sendiri</source>
        <translation>Tanda sinkronisasi hanya dapat ditulis oleh perangkatnya sendiri</translation>
    </message>
    <message>
        <source>Kode tanda sinkronisasi tidak sesuai dengan perangkatnya</source>
        <translation>Kode tanda sinkronisasi tidak sesuai dengan perangkatnya</translation>
    </message>
    <message>
        <source>Tanda sinkronisasi harus memakai unit kerja pengguna perangkat</source>
        <translation>Tanda sinkronisasi harus memakai unit kerja pengguna perangkat</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::Month</name>
    <message>
        <source>Januari</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>Desember</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::NetworkRule</name>
    <message>
        <source>Jaringan kantor harus {subnets: […]}</source>
        <translation>Jaringan kantor harus {subnets: […]}</translation>
    </message>
    <message>
        <source>Jaringan kantor paling banyak %1 subnet</source>
        <translation>Jaringan kantor paling banyak %1 subnet</translation>
    </message>
    <message>
        <source>Subnet tidak valid: %1 (contoh 10.1.2.0/24)</source>
        <translation>Subnet tidak valid: %1 (contoh 10.1.2.0/24)</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::PinDialog</name>
    <message>
        <source>Atur PIN kios absensi</source>
        <translation>Atur PIN kios absensi</translation>
    </message>
    <message>
        <source>PIN dipakai untuk absen di komputer kios kantor Anda bersama NIP. Pilih 6 angka yang tidak mudah ditebak (bukan tanggal lahir atau 123456).</source>
        <translation>PIN dipakai untuk absen di komputer kios kantor Anda bersama NIP. Pilih 6 angka yang tidak mudah ditebak (bukan tanggal lahir atau 123456).</translation>
    </message>
    <message>
        <source>PIN baru (6 angka)</source>
        <translation>PIN baru (6 angka)</translation>
    </message>
    <message>
        <source>Ulangi PIN</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>Simpan PIN</source>
        <translation>Simpan PIN</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>PIN harus tepat 6 angka.</source>
        <translation>PIN harus tepat 6 angka.</translation>
    </message>
    <message>
        <source>Kedua PIN tidak sama. Ketik ulang.</source>
        <translation>Kedua PIN tidak sama. Ketik ulang.</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::PinPolicy</name>
    <message>
        <source>PIN absensi tidak dihapus; setel PIN baru</source>
        <translation>PIN absensi tidak dihapus; setel PIN baru</translation>
    </message>
    <message>
        <source>NIP harus 18 digit angka</source>
        <translation>NIP harus 18 digit angka</translation>
    </message>
    <message>
        <source>Verifier PIN harus Argon2id</source>
        <translation>Verifier PIN harus Argon2id</translation>
    </message>
    <message>
        <source>NIP tidak sesuai dengan direktori pegawai</source>
        <translation>NIP tidak sesuai dengan direktori pegawai</translation>
    </message>
    <message>
        <source>PIN absensi hanya disetel oleh pegawainya sendiri atau admin OPD unitnya</source>
        <translation>PIN absensi hanya disetel oleh pegawainya sendiri atau admin OPD unitnya</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::PinRegistry</name>
    <message>
        <source>PIN harus tepat 6 digit angka</source>
        <translation>PIN harus tepat 6 digit angka</translation>
    </message>
    <message>
        <source>Akun tanpa NIP tidak memakai PIN absensi</source>
        <translation>Akun tanpa NIP tidak memakai PIN absensi</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RecapCalculator</name>
    <message>
        <source>Cuti tahunan</source>
        <translation>Cuti tahunan</translation>
    </message>
    <message>
        <source>Cuti sakit</source>
        <translation>Cuti sakit</translation>
    </message>
    <message>
        <source>Cuti besar</source>
        <translation>Cuti besar</translation>
    </message>
    <message>
        <source>Cuti melahirkan</source>
        <translation>Cuti melahirkan</translation>
    </message>
    <message>
        <source>Cuti alasan penting</source>
        <translation>Cuti alasan penting</translation>
    </message>
    <message>
        <source>Izin</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Dinas luar</source>
        <translation>Dinas luar</translation>
    </message>
    <message>
        <source>Bukan hari kerja</source>
        <translation>Bukan hari kerja</translation>
    </message>
    <message>
        <source>Libur: %1</source>
        <translation>Libur: %1</translation>
    </message>
    <message>
        <source>Tanpa keterangan (%1 catatan diragukan belum dikoreksi)</source>
        <translation>Tanpa keterangan (%1 catatan diragukan belum dikoreksi)</translation>
    </message>
    <message>
        <source>Tanpa keterangan</source>
        <translation>Tanpa keterangan</translation>
    </message>
    <message>
        <source>Tidak ada catatan masuk (TL4)</source>
        <translation>Tidak ada catatan masuk (TL4)</translation>
    </message>
    <message>
        <source>Terlambat %1 menit (TL%2)</source>
        <translation>Terlambat %1 menit (TL%2)</translation>
    </message>
    <message>
        <source>tidak ada catatan pulang (PSW4)</source>
        <translation>tidak ada catatan pulang (PSW4)</translation>
    </message>
    <message>
        <source>pulang %1 menit lebih awal (PSW%2)</source>
        <translation>pulang %1 menit lebih awal (PSW%2)</translation>
    </message>
    <message>
        <source>Hadir tepat waktu</source>
        <translation>Hadir tepat waktu</translation>
    </message>
    <message>
        <source>; %1 catatan diragukan belum dikoreksi</source>
        <translation>; %1 catatan diragukan belum dikoreksi</translation>
    </message>
    <message>
        <source>masuk tepat waktu, belum pulang</source>
        <translation>masuk tepat waktu, belum pulang</translation>
    </message>
    <message>
        <source>belum pulang</source>
        <translation>belum pulang</translation>
    </message>
    <message>
        <source>belum tercatat pulang (PSW4 bila sampai akhir hari tidak ada)</source>
        <translation>belum tercatat pulang (PSW4 bila sampai akhir hari tidak ada)</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RecapModel</name>
    <message numerus="yes">
        <source>Sementara (%n hari)</source>
        <translation>
            <numerusform>Sementara (%n hari)</numerusform>
        </translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message numerus="yes">
        <source>%n hari belum final: ada perangkat yang belum tersinkron sejak hari itu berakhir</source>
        <translation>
            <numerusform>%n hari belum final: ada perangkat yang belum tersinkron sejak hari itu berakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Hari kerja</source>
        <translation>Hari kerja</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Tanpa keterangan</source>
        <translation>Tanpa keterangan</translation>
    </message>
    <message>
        <source>Cuti/izin</source>
        <translation>Cuti/izin</translation>
    </message>
    <message>
        <source>Potongan %</source>
        <translation>Potongan %</translation>
    </message>
    <message>
        <source>Status data</source>
        <translation>Status data</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RecapTab</name>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>Berkas %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>%1 (dengan sub-unit)</source>
        <translation>%1 (dengan sub-unit)</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pilih bulan dan unit, lalu tekan Tampilkan.</source>
        <translation>Pilih bulan dan unit, lalu tekan Tampilkan.</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Ekspor PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Tanda tangani PDF…</source>
        <translation>Tanda tangani PDF…</translation>
    </message>
    <message>
        <source>Menyimpan laporan PDF lalu membukanya di Tanda Tangan Elektronik</source>
        <translation>Menyimpan laporan PDF lalu membukanya di Tanda Tangan Elektronik</translation>
    </message>
    <message>
        <source>Menghitung rekap…</source>
        <translation>Menghitung rekap…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n pegawai</source>
        <translation>
            <numerusform>%1 — %2: %n pegawai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baris masih sementara (ditandai kuning): ada perangkat yang belum tersinkron sejak hari itu berakhir</source>
        <translation>
            <numerusform>%n baris masih sementara (ditandai kuning): ada perangkat yang belum tersinkron sejak hari itu berakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada pegawai ber-NIP di unit ini.</source>
        <translation>Tidak ada pegawai ber-NIP di unit ini.</translation>
    </message>
    <message>
        <source>Simpan rekap sebagai CSV</source>
        <translation>Simpan rekap sebagai CSV</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rekap tersimpan di %1</source>
        <translation>Rekap tersimpan di %1</translation>
    </message>
    <message>
        <source>Simpan laporan PDF untuk ditandatangani</source>
        <translation>Simpan laporan PDF untuk ditandatangani</translation>
    </message>
    <message>
        <source>Simpan rekap sebagai PDF</source>
        <translation>Simpan rekap sebagai PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Membuat PDF…</source>
        <translation>Membuat PDF…</translation>
    </message>
    <message>
        <source>Laporan tersimpan di %1 dan dibuka di Tanda Tangan Elektronik.</source>
        <translation>Laporan tersimpan di %1 dan dibuka di Tanda Tangan Elektronik.</translation>
    </message>
    <message>
        <source>Laporan tersimpan di %1. Buka modul Tanda Tangan Elektronik untuk menandatanganinya.</source>
        <translation>Laporan tersimpan di %1. Buka modul Tanda Tangan Elektronik untuk menandatanganinya.</translation>
    </message>
    <message>
        <source>Laporan PDF tersimpan di %1</source>
        <translation>Laporan PDF tersimpan di %1</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RequestModel</name>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Hari kerja</source>
        <translation>Hari kerja</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> oleh %1</source>
        <translation> oleh %1</translation>
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
        <translation>Catatan: %1
Alasan: %2</translation>
    </message>
    <message>
        <source>Catatan atasan: %1</source>
        <translation>Catatan atasan: %1</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RequestPolicy</name>
    <message>
        <source>Permohonan tidak dihapus; batalkan saja selama belum diputuskan</source>
        <translation>Permohonan tidak dihapus; batalkan saja selama belum diputuskan</translation>
    </message>
    <message>
        <source>Permohonan hanya dapat diajukan atas nama Anda sendiri</source>
        <translation>Permohonan hanya dapat diajukan atas nama Anda sendiri</translation>
    </message>
    <message>
        <source>Unit kerja permohonan harus unit kerja Anda</source>
        <translation>Unit kerja permohonan harus unit kerja Anda</translation>
    </message>
    <message>
        <source>Permohonan baru harus berstatus diajukan</source>
        <translation>Permohonan baru harus berstatus diajukan</translation>
    </message>
    <message>
        <source>Permohonan baru belum diputuskan siapa pun</source>
        <translation>Permohonan baru belum diputuskan siapa pun</translation>
    </message>
    <message>
        <source>Permohonan ini sudah %1 dan tidak dapat diubah lagi; ajukan permohonan baru</source>
        <translation>Permohonan ini sudah %1 dan tidak dapat diubah lagi; ajukan permohonan baru</translation>
    </message>
    <message>
        <source>Isi permohonan tidak dapat diubah; batalkan dan ajukan yang baru</source>
        <translation>Isi permohonan tidak dapat diubah; batalkan dan ajukan yang baru</translation>
    </message>
    <message>
        <source>Permohonan ini masih menunggu keputusan</source>
        <translation>Permohonan ini masih menunggu keputusan</translation>
    </message>
    <message>
        <source>Hanya pemohon yang dapat membatalkan permohonannya</source>
        <translation>Hanya pemohon yang dapat membatalkan permohonannya</translation>
    </message>
    <message>
        <source>Pembatalan hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Pembatalan hanya dapat dicatat atas nama Anda sendiri</translation>
    </message>
    <message>
        <source>Keputusan hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Keputusan hanya dapat dicatat atas nama Anda sendiri</translation>
    </message>
    <message>
        <source>Sisa cuti tahunan tidak dapat diperiksa</source>
        <translation>Sisa cuti tahunan tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>Sisa cuti tahunan %1 tidak cukup: %2 hari kerja tersisa, diminta %3</source>
        <translation>Sisa cuti tahunan %1 tidak cukup: %2 hari kerja tersisa, diminta %3</translation>
    </message>
    <message>
        <source>Tanggal permohonan harus berbentuk TTTT-BB-HH</source>
        <translation>Tanggal permohonan harus berbentuk TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Tanggal mulai tidak boleh sesudah tanggal selesai</source>
        <translation>Tanggal mulai tidak boleh sesudah tanggal selesai</translation>
    </message>
    <message>
        <source>Satu permohonan paling lama satu tahun</source>
        <translation>Satu permohonan paling lama satu tahun</translation>
    </message>
    <message>
        <source>Hanya permohonan koreksi yang merujuk catatan kehadiran</source>
        <translation>Hanya permohonan koreksi yang merujuk catatan kehadiran</translation>
    </message>
    <message>
        <source>Rentang cuti tahunan tidak memuat hari kerja</source>
        <translation>Rentang cuti tahunan tidak memuat hari kerja</translation>
    </message>
    <message>
        <source>Cuti tahunan paling banyak %1 hari kerja dalam setahun</source>
        <translation>Cuti tahunan paling banyak %1 hari kerja dalam setahun</translation>
    </message>
    <message>
        <source>Koreksi berlaku untuk satu hari</source>
        <translation>Koreksi berlaku untuk satu hari</translation>
    </message>
    <message>
        <source>Koreksi harus disertai alasan</source>
        <translation>Koreksi harus disertai alasan</translation>
    </message>
    <message>
        <source>Koreksi merujuk satu catatan yang ditandai, atau jenis dan waktu absen yang terlewat, tidak keduanya</source>
        <translation>Koreksi merujuk satu catatan yang ditandai, atau jenis dan waktu absen yang terlewat, tidak keduanya</translation>
    </message>
    <message>
        <source>Catatan kehadiran yang dikoreksi tidak ditemukan</source>
        <translation>Catatan kehadiran yang dikoreksi tidak ditemukan</translation>
    </message>
    <message>
        <source>Koreksi absen yang terlewat harus menyebut masuk/pulang dan waktunya</source>
        <translation>Koreksi absen yang terlewat harus menyebut masuk/pulang dan waktunya</translation>
    </message>
    <message>
        <source>Waktu koreksi tidak jatuh pada tanggal permohonan</source>
        <translation>Waktu koreksi tidak jatuh pada tanggal permohonan</translation>
    </message>
    <message>
        <source>Anda tidak dapat memutuskan permohonan Anda sendiri</source>
        <translation>Anda tidak dapat memutuskan permohonan Anda sendiri</translation>
    </message>
    <message>
        <source>Hanya atasan yang dapat memutuskan permohonan</source>
        <translation>Hanya atasan yang dapat memutuskan permohonan</translation>
    </message>
    <message>
        <source>Pemohon bukan bawahan Anda</source>
        <translation>Pemohon bukan bawahan Anda</translation>
    </message>
    <message>
        <source>Pemohon tidak ditemukan dalam direktori</source>
        <translation>Pemohon tidak ditemukan dalam direktori</translation>
    </message>
    <message>
        <source>Permohonan seorang atasan diputuskan oleh atasan di unit di atasnya</source>
        <translation>Permohonan seorang atasan diputuskan oleh atasan di unit di atasnya</translation>
    </message>
    <message>
        <source>Catatan keputusan hanya diisi oleh atasan yang memutuskan</source>
        <translation>Catatan keputusan hanya diisi oleh atasan yang memutuskan</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RequestService</name>
    <message>
        <source>Cuti tahunan</source>
        <translation>Cuti tahunan</translation>
    </message>
    <message>
        <source>Cuti sakit</source>
        <translation>Cuti sakit</translation>
    </message>
    <message>
        <source>Cuti besar</source>
        <translation>Cuti besar</translation>
    </message>
    <message>
        <source>Cuti melahirkan</source>
        <translation>Cuti melahirkan</translation>
    </message>
    <message>
        <source>Cuti karena alasan penting</source>
        <translation>Cuti karena alasan penting</translation>
    </message>
    <message>
        <source>Izin</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Dinas luar</source>
        <translation>Dinas luar</translation>
    </message>
    <message>
        <source>Koreksi kehadiran</source>
        <translation>Koreksi kehadiran</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Sisa cuti tahunan %1 tidak cukup: %2 hari kerja tersisa, diminta %3</source>
        <translation>Sisa cuti tahunan %1 tidak cukup: %2 hari kerja tersisa, diminta %3</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RequestsTab</name>
    <message>
        <source>Ajukan cuti atau izin</source>
        <translation>Ajukan cuti atau izin</translation>
    </message>
    <message>
        <source>mis. acara keluarga di luar kota</source>
        <translation>mis. acara keluarga di luar kota</translation>
    </message>
    <message>
        <source>Ajukan ke atasan</source>
        <translation>Ajukan ke atasan</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Pengajuan saya</source>
        <translation>Pengajuan saya</translation>
    </message>
    <message>
        <source>Belum ada pengajuan. Isi formulir di sebelah kiri untuk mengajukan cuti atau izin.</source>
        <translation>Belum ada pengajuan. Isi formulir di sebelah kiri untuk mengajukan cuti atau izin.</translation>
    </message>
    <message>
        <source>Batalkan pengajuan</source>
        <translation>Batalkan pengajuan</translation>
    </message>
    <message>
        <source>Menunggu keputusan saya</source>
        <translation>Menunggu keputusan saya</translation>
    </message>
    <message>
        <source>Tidak ada pengajuan yang menunggu keputusan Anda.</source>
        <translation>Tidak ada pengajuan yang menunggu keputusan Anda.</translation>
    </message>
    <message>
        <source>Catatan untuk pegawai (wajib bila menolak)</source>
        <translation>Catatan untuk pegawai (wajib bila menolak)</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Tolak</translation>
    </message>
    <message numerus="yes">
        <source>Lama: %n hari kerja</source>
        <translation>
            <numerusform>Lama: %n hari kerja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sisa cuti tahunan %1: &lt;b&gt;%n hari&lt;/b&gt; (hak %2 hari, sisa tahun lalu %3, terpakai %4, menunggu keputusan %5).</source>
        <translation>
            <numerusform>Sisa cuti tahunan %1: &lt;b&gt;%n hari&lt;/b&gt; (hak %2 hari, sisa tahun lalu %3, terpakai %4, menunggu keputusan %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pengajuan ini melebihi sisa cuti tahunan Anda.</source>
        <translation>Pengajuan ini melebihi sisa cuti tahunan Anda.</translation>
    </message>
    <message>
        <source>Tuliskan alasannya.</source>
        <translation>Tuliskan alasannya.</translation>
    </message>
    <message>
        <source>Pengajuan terkirim ke atasan Anda.</source>
        <translation>Pengajuan terkirim ke atasan Anda.</translation>
    </message>
    <message>
        <source>Pengajuan dibatalkan.</source>
        <translation>Pengajuan dibatalkan.</translation>
    </message>
    <message>
        <source>Tuliskan alasan penolakan di kolom catatan.</source>
        <translation>Tuliskan alasan penolakan di kolom catatan.</translation>
    </message>
    <message>
        <source>Pengajuan %1 disetujui.</source>
        <translation>Pengajuan %1 disetujui.</translation>
    </message>
    <message>
        <source>Pengajuan %1 ditolak.</source>
        <translation>Pengajuan %1 ditolak.</translation>
    </message>
    <message>
        <source>%1 oleh %2 — catatan: %3</source>
        <translation>%1 oleh %2 — catatan: %3</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Pulang</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::RulesPolicy</name>
    <message>
        <source>Aturan absensi tidak ditemukan</source>
        <translation>Aturan absensi tidak ditemukan</translation>
    </message>
    <message>
        <source>Perubahan aturan hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Perubahan aturan hanya dapat dicatat atas nama Anda sendiri</translation>
    </message>
    <message>
        <source>Kode aturan tidak sesuai dengan jenis, unit dan tanggal berlakunya</source>
        <translation>Kode aturan tidak sesuai dengan jenis, unit dan tanggal berlakunya</translation>
    </message>
    <message>
        <source>Hanya kepegawaian (BKPSDM) atau admin OPD yang dapat mengubah aturan absensi</source>
        <translation>Hanya kepegawaian (BKPSDM) atau admin OPD yang dapat mengubah aturan absensi</translation>
    </message>
    <message>
        <source>Hari libur dan tabel potongan hanya diatur oleh kepegawaian (BKPSDM)</source>
        <translation>Hari libur dan tabel potongan hanya diatur oleh kepegawaian (BKPSDM)</translation>
    </message>
    <message>
        <source>Aturan tingkat kabupaten hanya diatur oleh kepegawaian (BKPSDM)</source>
        <translation>Aturan tingkat kabupaten hanya diatur oleh kepegawaian (BKPSDM)</translation>
    </message>
    <message>
        <source>Admin OPD hanya mengatur jadwal unit di lingkungannya sendiri</source>
        <translation>Admin OPD hanya mengatur jadwal unit di lingkungannya sendiri</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::TeamModel</name>
    <message>
        <source>Belum berlangsung</source>
        <translation>Belum berlangsung</translation>
    </message>
    <message>
        <source>Tanpa keterangan ⚠</source>
        <translation>Tanpa keterangan ⚠</translation>
    </message>
    <message>
        <source> · sementara</source>
        <translation> · sementara</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Pulang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan diragukan</source>
        <translation>Catatan diragukan</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::TeamTab</name>
    <message>
        <source>Satu hari</source>
        <translation>Satu hari</translation>
    </message>
    <message>
        <source>Satu minggu (Senin–Jumat)</source>
        <translation>Satu minggu (Senin–Jumat)</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pilih seorang pegawai untuk melihat catatan yang diragukan beserta penjelasannya.</source>
        <translation>Pilih seorang pegawai untuk melihat catatan yang diragukan beserta penjelasannya.</translation>
    </message>
    <message>
        <source>⚠ kuning: ada catatan yang diragukan (jam perangkat berbeda, perangkat lama tidak tersambung, dan sebagainya); catatan itu tidak dihitung tepat waktu sampai diterima melalui koreksi.</source>
        <translation>⚠ kuning: ada catatan yang diragukan (jam perangkat berbeda, perangkat lama tidak tersambung, dan sebagainya); catatan itu tidak dihitung tepat waktu sampai diterima melalui koreksi.</translation>
    </message>
    <message>
        <source>Tidak ada unit yang dapat Anda lihat.</source>
        <translation>Tidak ada unit yang dapat Anda lihat.</translation>
    </message>
    <message>
        <source>Unit ini belum mempunyai pegawai dengan NIP.</source>
        <translation>Unit ini belum mempunyai pegawai dengan NIP.</translation>
    </message>
    <message>
        <source>%1, %2 %3 — %4</source>
        <translation>%1, %2 %3 — %4</translation>
    </message>
    <message>
        <source>masuk</source>
        <translation>masuk</translation>
    </message>
    <message>
        <source>pulang</source>
        <translation>pulang</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: tidak ada catatan yang diragukan pada periode ini.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: tidak ada catatan yang diragukan pada periode ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — catatan yang diragukan:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — catatan yang diragukan:</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::TerminalImport</name>
    <message>
        <source>kolom kurang (harus nip,time,kind)</source>
        <translation>kolom kurang (harus nip,time,kind)</translation>
    </message>
    <message>
        <source>kolom berlebih (harus nip,time,kind)</source>
        <translation>kolom berlebih (harus nip,time,kind)</translation>
    </message>
    <message>
        <source>NIP kosong</source>
        <translation>NIP kosong</translation>
    </message>
    <message>
        <source>waktu tidak valid (harus YYYY-MM-DD HH:MM:SS)</source>
        <translation>waktu tidak valid (harus YYYY-MM-DD HH:MM:SS)</translation>
    </message>
    <message>
        <source>jenis harus in atau out</source>
        <translation>jenis harus in atau out</translation>
    </message>
    <message>
        <source>kolom kurang (harus NIP, waktu, verifikasi, status, kode kerja)</source>
        <translation>kolom kurang (harus NIP, waktu, verifikasi, status, kode kerja)</translation>
    </message>
    <message>
        <source>status harus 0 (masuk) atau 1 (pulang)</source>
        <translation>status harus 0 (masuk) atau 1 (pulang)</translation>
    </message>
    <message>
        <source>Berkas terlalu besar (paling besar %1 MB)</source>
        <translation>Berkas terlalu besar (paling besar %1 MB)</translation>
    </message>
    <message>
        <source>Berkas log kosong</source>
        <translation>Berkas log kosong</translation>
    </message>
    <message>
        <source>Format log tidak dikenali: CSV harus diawali baris nip,time,kind; attlog dipisah tab</source>
        <translation>Format log tidak dikenali: CSV harus diawali baris nip,time,kind; attlog dipisah tab</translation>
    </message>
    <message>
        <source>ditambahkan %1, duplikat %2, dilewati %3
</source>
        <translation>ditambahkan %1, duplikat %2, dilewati %3
</translation>
    </message>
    <message>
        <source>baris %1: %2
</source>
        <translation>baris %1: %2
</translation>
    </message>
    <message>
        <source>Hanya admin OPD atau pengelola kepegawaian yang dapat mengimpor log mesin absensi</source>
        <translation>Hanya admin OPD atau pengelola kepegawaian yang dapat mengimpor log mesin absensi</translation>
    </message>
    <message>
        <source>NIP %1 tidak dikenal</source>
        <translation>NIP %1 tidak dikenal</translation>
    </message>
    <message>
        <source>pegawai dengan NIP %1 nonaktif</source>
        <translation>pegawai dengan NIP %1 nonaktif</translation>
    </message>
    <message>
        <source>pegawai dengan NIP %1 di luar unit kerja Anda</source>
        <translation>pegawai dengan NIP %1 di luar unit kerja Anda</translation>
    </message>
    <message>
        <source>waktu tidak ada di zona kantor</source>
        <translation>waktu tidak ada di zona kantor</translation>
    </message>
    <message>
        <source>waktu di masa depan</source>
        <translation>waktu di masa depan</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::WeekModel</name>
    <message>
        <source>Belum berlangsung</source>
        <translation>Belum berlangsung</translation>
    </message>
    <message>
        <source> · belum tersinkron</source>
        <translation> · belum tersinkron</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Pulang</source>
        <translation>Pulang</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>lontar::attendance::WorkSchedule</name>
    <message>
        <source>Kolom jadwal tidak dikenal: %1</source>
        <translation>Kolom jadwal tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Rentang jadwal paling banyak %1</source>
        <translation>Rentang jadwal paling banyak %1</translation>
    </message>
    <message>
        <source>Rentang jadwal harus {from, until, name, week} dengan tanggal yang valid, paling lama satu tahun</source>
        <translation>Rentang jadwal harus {from, until, name, week} dengan tanggal yang valid, paling lama satu tahun</translation>
    </message>
    <message>
        <source>Nama rentang jadwal wajib diisi (paling banyak 100 karakter)</source>
        <translation>Nama rentang jadwal wajib diisi (paling banyak 100 karakter)</translation>
    </message>
    <message>
        <source>workOnHolidays harus ya/tidak</source>
        <translation>workOnHolidays harus ya/tidak</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::BrowseTab</name>
    <message>
        <source>Semua zona (harga umum)</source>
        <translation>Semua zona (harga umum)</translation>
    </message>
    <message>
        <source>harga min.</source>
        <translation>harga min.</translation>
    </message>
    <message>
        <source>harga maks.</source>
        <translation>harga maks.</translation>
    </message>
    <message>
        <source>TKDN ≥ </source>
        <translation>TKDN ≥ </translation>
    </message>
    <message>
        <source>Produk dalam negeri</source>
        <translation>Produk dalam negeri</translation>
    </message>
    <message>
        <source>Penyedia UMK</source>
        <translation>Penyedia UMK</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Ditetapkan oleh</source>
        <translation>Ditetapkan oleh</translation>
    </message>
    <message>
        <source>Bandingkan (maks. 4)</source>
        <translation>Bandingkan (maks. 4)</translation>
    </message>
    <message>
        <source>Tambah ke paket</source>
        <translation>Tambah ke paket</translation>
    </message>
    <message>
        <source>Paket:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>Pilih 2 sampai %1 produk untuk dibandingkan</source>
        <translation>Pilih 2 sampai %1 produk untuk dibandingkan</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Buat paket dulu di tab Paket &amp; Pesanan</source>
        <translation>Buat paket dulu di tab Paket &amp; Pesanan</translation>
    </message>
    <message numerus="yes">
        <source>%n produk</source>
        <translation>
            <numerusform>%n produk</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih produk untuk melihat rinciannya.</source>
        <translation>Pilih produk untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Kategori: %1 · Satuan: %2</source>
        <translation>Kategori: %1 · Satuan: %2</translation>
    </message>
    <message>
        <source>Penyedia: %1%2</source>
        <translation>Penyedia: %1%2</translation>
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
        <translation>produk dalam negeri</translation>
    </message>
    <message>
        <source>bukan PDN</source>
        <translation>bukan PDN</translation>
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
        <translation>sekarang</translation>
    </message>
    <message>
        <source>Pilih produk dan paket tujuan</source>
        <translation>Pilih produk dan paket tujuan</translation>
    </message>
    <message numerus="yes">
        <source>%n produk ditambahkan ke paket %1</source>
        <translation>
            <numerusform>%n produk ditambahkan ke paket %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cari produk, kode, penyedia…</source>
        <translation>Cari produk, kode, penyedia…</translation>
    </message>
    <message>
        <source>Mis. &quot;kertas a4&quot;, &quot;pembersih lantai&quot; atau kode produk</source>
        <translation>Mis. &quot;kertas a4&quot;, &quot;pembersih lantai&quot; atau kode produk</translation>
    </message>
    <message>
        <source>Tambah gambar…</source>
        <translation>Tambah gambar…</translation>
    </message>
    <message>
        <source>PNG atau JPEG, paling besar 5 MiB dan 4000×4000 piksel; paling banyak 4 gambar</source>
        <translation>PNG atau JPEG, paling besar 5 MiB dan 4000×4000 piksel; paling banyak 4 gambar</translation>
    </message>
    <message>
        <source>Rincian, gambar dan riwayat harga</source>
        <translation>Rincian, gambar dan riwayat harga</translation>
    </message>
    <message>
        <source>belum ada paket draf</source>
        <translation>belum ada paket draf</translation>
    </message>
    <message>
        <source>Banyaknya:</source>
        <extracomment>How many units of the product go into the package (a quantity, not an amount of money).</extracomment>
        <translation>Banyaknya:</translation>
    </message>
    <message>
        <source>Katalog masih kosong di perangkat ini; datanya datang dari server saat sinkronisasi</source>
        <translation>Katalog masih kosong di perangkat ini; datanya datang dari server saat sinkronisasi</translation>
    </message>
    <message>
        <source>Tidak ada produk yang cocok; ubah kata pencarian atau longgarkan filter</source>
        <translation>Tidak ada produk yang cocok; ubah kata pencarian atau longgarkan filter</translation>
    </message>
    <message>
        <source>Belum ada harga untuk zona ini</source>
        <translation>Belum ada harga untuk zona ini</translation>
    </message>
    <message>
        <source>Pilih gambar untuk %1</source>
        <translation>Pilih gambar untuk %1</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Gambar tidak ditambahkan: %1</source>
        <translation>Gambar tidak ditambahkan: %1</translation>
    </message>
    <message>
        <source>Gambar ditambahkan ke %1; dikirim ke server pada sinkronisasi berikutnya</source>
        <translation>Gambar ditambahkan ke %1; dikirim ke server pada sinkronisasi berikutnya</translation>
    </message>
    <message>
        <source>Gambar tidak dihapus: %1</source>
        <translation>Gambar tidak dihapus: %1</translation>
    </message>
    <message>
        <source>Gambar dihapus dari %1</source>
        <translation>Gambar dihapus dari %1</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CatalogueAdmin</name>
    <message>
        <source>Penyedia dengan NPWP %1 tidak ada</source>
        <translation>Penyedia dengan NPWP %1 tidak ada</translation>
    </message>
    <message>
        <source>Produk %1 tidak ada</source>
        <translation>Produk %1 tidak ada</translation>
    </message>
    <message>
        <source>Zona harga %1 belum ditetapkan</source>
        <translation>Zona harga %1 belum ditetapkan</translation>
    </message>
    <message>
        <source>Gambar hanya dapat ditambahkan dari perangkat</source>
        <translation>Gambar hanya dapat ditambahkan dari perangkat</translation>
    </message>
    <message>
        <source>Berkas gambar %1 tidak ada</source>
        <translation>Berkas gambar %1 tidak ada</translation>
    </message>
    <message>
        <source>Gambar paling besar 5 MiB</source>
        <translation>Gambar paling besar 5 MiB</translation>
    </message>
    <message>
        <source>Gambar harus berformat PNG atau JPEG</source>
        <translation>Gambar harus berformat PNG atau JPEG</translation>
    </message>
    <message>
        <source>Gambar rusak atau tidak dapat dibaca</source>
        <translation>Gambar rusak atau tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Ukuran gambar paling besar %1×%1 piksel</source>
        <translation>Ukuran gambar paling besar %1×%1 piksel</translation>
    </message>
    <message>
        <source>Hanya admin katalog yang dapat mengubah gambar produk</source>
        <translation>Hanya admin katalog yang dapat mengubah gambar produk</translation>
    </message>
    <message>
        <source>Produk sudah punya %1 gambar; hapus salah satu dulu</source>
        <translation>Produk sudah punya %1 gambar; hapus salah satu dulu</translation>
    </message>
    <message>
        <source>Gambar ini sudah ada pada produk %1</source>
        <translation>Gambar ini sudah ada pada produk %1</translation>
    </message>
    <message>
        <source>Gambar itu tidak ada pada produk %1</source>
        <translation>Gambar itu tidak ada pada produk %1</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CatalogueBrowser</name>
    <message>
        <source>Produk tidak ditemukan di katalog</source>
        <translation>Produk tidak ditemukan di katalog</translation>
    </message>
    <message>
        <source>Paling banyak %1 produk dapat dibandingkan</source>
        <translation>Paling banyak %1 produk dapat dibandingkan</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CataloguePage</name>
    <message>
        <source>Katalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Perbandingan</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <source>Paket &amp;&amp; Pesanan</source>
        <translation>Paket &amp;&amp; Pesanan</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CatalogueUiModule</name>
    <message>
        <source>E-Katalog</source>
        <translation>E-Katalog</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CompareTab</name>
    <message>
        <source>Pilih 2 sampai 4 produk di tab Katalog, lalu Bandingkan.</source>
        <translation>Pilih 2 sampai 4 produk di tab Katalog, lalu Bandingkan.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
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
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>UMK</source>
        <translation>UMK</translation>
    </message>
    <message>
        <source>Spesifikasi</source>
        <translation>Spesifikasi</translation>
    </message>
    <message>
        <source>tidak ada harga</source>
        <translation>tidak ada harga</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Harga terendah</source>
        <translation>Harga terendah</translation>
    </message>
    <message numerus="yes">
        <source>%n produk dibandingkan, harga untuk zona %1</source>
        <translation>
            <numerusform>%n produk dibandingkan, harga untuk zona %1</numerusform>
        </translation>
    </message>
    <message>
        <source>umum</source>
        <translation>umum</translation>
    </message>
    <message>
        <source>Gambar</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>TKDN tertinggi</source>
        <translation>TKDN tertinggi</translation>
    </message>
    <message>
        <source>tidak ada gambar</source>
        <translation>tidak ada gambar</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::CsvImport</name>
    <message>
        <source>tanda kutip di tengah kolom; apit seluruh kolom dengan tanda kutip</source>
        <translation>tanda kutip di tengah kolom; apit seluruh kolom dengan tanda kutip</translation>
    </message>
    <message>
        <source>ada teks setelah tanda kutip penutup</source>
        <translation>ada teks setelah tanda kutip penutup</translation>
    </message>
    <message>
        <source>tanda kutip tidak ditutup sampai akhir berkas</source>
        <translation>tanda kutip tidak ditutup sampai akhir berkas</translation>
    </message>
    <message numerus="yes">
        <source>Tidak ada yang diimpor: %n baris tidak valid.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %n baris tidak valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>baris %1, kolom %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>Diimpor</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Uji coba (tidak ada yang diubah)</source>
        <translation>Uji coba (tidak ada yang diubah)</translation>
    </message>
    <message>
        <source>%1 baris: %2 ditambah, %3 diperbarui, %4 tidak berubah</source>
        <translation>%1 baris: %2 ditambah, %3 diperbarui, %4 tidak berubah</translation>
    </message>
    <message>
        <source>Hanya admin katalog yang dapat mengimpor katalog</source>
        <translation>Hanya admin katalog yang dapat mengimpor katalog</translation>
    </message>
    <message>
        <source>Berkas CSV terlalu besar (paling besar %1 MiB)</source>
        <translation>Berkas CSV terlalu besar (paling besar %1 MiB)</translation>
    </message>
    <message>
        <source>Berkas bukan CSV UTF-8 yang dapat dibaca</source>
        <translation>Berkas bukan CSV UTF-8 yang dapat dibaca</translation>
    </message>
    <message>
        <source>Berkas CSV kosong</source>
        <translation>Berkas CSV kosong</translation>
    </message>
    <message>
        <source>Berkas CSV terlalu banyak baris (paling banyak %1)</source>
        <translation>Berkas CSV terlalu banyak baris (paling banyak %1)</translation>
    </message>
    <message>
        <source>kepala kolom harus persis: %1</source>
        <translation>kepala kolom harus persis: %1</translation>
    </message>
    <message>
        <source>kolom berlebih pada kepala</source>
        <translation>kolom berlebih pada kepala</translation>
    </message>
    <message>
        <source>ada %1 kolom, seharusnya %2</source>
        <translation>ada %1 kolom, seharusnya %2</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>hanya huruf, angka, . _ / - (paling banyak 40)</source>
        <translation>hanya huruf, angka, . _ / - (paling banyak 40)</translation>
    </message>
    <message>
        <source>wajib diisi, paling banyak 200 karakter</source>
        <translation>wajib diisi, paling banyak 200 karakter</translation>
    </message>
    <message>
        <source>wajib diisi; tingkat dipisah &quot;&gt;&quot;, paling banyak 5 tingkat</source>
        <translation>wajib diisi; tingkat dipisah &quot;&gt;&quot;, paling banyak 5 tingkat</translation>
    </message>
    <message>
        <source>wajib diisi, paling banyak 40 karakter</source>
        <translation>wajib diisi, paling banyak 40 karakter</translation>
    </message>
    <message>
        <source>rupiah utuh berupa angka (titik pemisah ribuan boleh), mis. 1.250.000</source>
        <translation>rupiah utuh berupa angka (titik pemisah ribuan boleh), mis. 1.250.000</translation>
    </message>
    <message>
        <source>harus lebih dari 0 dan masuk akal</source>
        <translation>harus lebih dari 0 dan masuk akal</translation>
    </message>
    <message>
        <source>wajib diisi: kode zona harga atau *</source>
        <translation>wajib diisi: kode zona harga atau *</translation>
    </message>
    <message>
        <source>zona harga %1 belum ditetapkan</source>
        <translation>zona harga %1 belum ditetapkan</translation>
    </message>
    <message>
        <source>persentase 0–100, desimal dengan titik atau koma (mis. 45,5)</source>
        <translation>persentase 0–100, desimal dengan titik atau koma (mis. 45,5)</translation>
    </message>
    <message>
        <source>isi ya atau tidak</source>
        <translation>isi ya atau tidak</translation>
    </message>
    <message>
        <source>NPWP harus 15 atau 16 angka</source>
        <translation>NPWP harus 15 atau 16 angka</translation>
    </message>
    <message>
        <source>kode_produk dan zona sama dengan baris %1</source>
        <translation>kode_produk dan zona sama dengan baris %1</translation>
    </message>
    <message>
        <source>berbeda dengan baris %1 untuk produk yang sama</source>
        <translation>berbeda dengan baris %1 untuk produk yang sama</translation>
    </message>
    <message>
        <source>berbeda dengan baris %1 untuk NPWP yang sama</source>
        <translation>berbeda dengan baris %1 untuk NPWP yang sama</translation>
    </message>
    <message>
        <source>Impor dibatalkan, tidak ada yang berubah: %1</source>
        <translation>Impor dibatalkan, tidak ada yang berubah: %1</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::OrderBook</name>
    <message>
        <source>Pesanan sudah dihapus</source>
        <translation>Pesanan sudah dihapus</translation>
    </message>
    <message>
        <source>Produk %1 tidak aktif di katalog</source>
        <translation>Produk %1 tidak aktif di katalog</translation>
    </message>
    <message>
        <source>Produk %1 belum berharga untuk zona ini</source>
        <translation>Produk %1 belum berharga untuk zona ini</translation>
    </message>
    <message>
        <source>Satu pesanan hanya untuk satu penyedia; buat pesanan lain untuk %1</source>
        <translation>Satu pesanan hanya untuk satu penyedia; buat pesanan lain untuk %1</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::OrderDocuments</name>
    <message>
        <source>Tidak dapat membuat PDF</source>
        <translation>Tidak dapat membuat PDF</translation>
    </message>
    <message>
        <source>Surat pesanan dibuat setelah kontrak ditandatangani (nomor SP belum ada)</source>
        <translation>Surat pesanan dibuat setelah kontrak ditandatangani (nomor SP belum ada)</translation>
    </message>
    <message>
        <source>BAST dibuat setelah barang diterima (nomor BAST belum ada)</source>
        <translation>BAST dibuat setelah barang diterima (nomor BAST belum ada)</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::OrderState</name>
    <message>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Negosiasi</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Kontrak</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Diterima (BAST)</source>
        <translation>Diterima (BAST)</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::OrderTableModel</name>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>menunggu sinkronisasi</translation>
    </message>
    <message>
        <source>tersinkron</source>
        <translation>tersinkron</translation>
    </message>
    <message>
        <source>Paket</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pagu</source>
        <translation>Pagu</translation>
    </message>
    <message>
        <source>Kode RUP</source>
        <translation>Kode RUP</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Total harga</source>
        <extracomment>The package&apos;s total value in rupiah.</extracomment>
        <translation>Total harga</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::OrdersTab</name>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>menunggu sinkronisasi</translation>
    </message>
    <message>
        <source>Ajukan</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <source>Negosiasi</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <source>Ubah harga</source>
        <translation>Ubah harga</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Kontrak / SP</source>
        <translation>Kontrak / SP</translation>
    </message>
    <message>
        <source>BAST diterima</source>
        <translation>BAST diterima</translation>
    </message>
    <message>
        <source>Catat bayar</source>
        <translation>Catat bayar</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Hapus barang</source>
        <translation>Hapus barang</translation>
    </message>
    <message>
        <source>Paket baru</source>
        <translation>Paket baru</translation>
    </message>
    <message>
        <source>mis. Belanja ATK triwulan I</source>
        <translation>mis. Belanja ATK triwulan I</translation>
    </message>
    <message>
        <source>mis. 5.1.02.01.01.0024</source>
        <translation>mis. 5.1.02.01.01.0024</translation>
    </message>
    <message>
        <source>Buat paket</source>
        <translation>Buat paket</translation>
    </message>
    <message>
        <source>Nama paket</source>
        <translation>Nama paket</translation>
    </message>
    <message>
        <source>Kode RUP</source>
        <translation>Kode RUP</translation>
    </message>
    <message>
        <source>Kode rekening</source>
        <translation>Kode rekening</translation>
    </message>
    <message>
        <source>Pagu (Rp)</source>
        <translation>Pagu (Rp)</translation>
    </message>
    <message>
        <source>Zona harga</source>
        <translation>Zona harga</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Barang</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Harga satuan</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Waktu (server)</source>
        <translation>Waktu (server)</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Catatan langkah (opsional)</source>
        <translation>Catatan langkah (opsional)</translation>
    </message>
    <message>
        <source>Nomor SP / BAST / bukti bayar</source>
        <translation>Nomor SP / BAST / bukti bayar</translation>
    </message>
    <message>
        <source>harga nego</source>
        <translation>harga nego</translation>
    </message>
    <message>
        <source>Surat pesanan (PDF)</source>
        <translation>Surat pesanan (PDF)</translation>
    </message>
    <message>
        <source>BAST (PDF)</source>
        <translation>BAST (PDF)</translation>
    </message>
    <message>
        <source>Dokumen untuk ditandatangani (TTE):</source>
        <translation>Dokumen untuk ditandatangani (TTE):</translation>
    </message>
    <message>
        <source>Paket terpilih</source>
        <translation>Paket terpilih</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Paket dibuat sebagai draf; tambahkan barang dari tab Katalog</source>
        <translation>Paket dibuat sebagai draf; tambahkan barang dari tab Katalog</translation>
    </message>
    <message>
        <source>Belum ada paket. Buat paket baru di sebelah kiri.</source>
        <translation>Belum ada paket. Buat paket baru di sebelah kiri.</translation>
    </message>
    <message>
        <source>RUP %1 · rekening %2 · zona %3</source>
        <translation>RUP %1 · rekening %2 · zona %3</translation>
    </message>
    <message>
        <source>umum</source>
        <translation>umum</translation>
    </message>
    <message>
        <source>melebihi pagu</source>
        <translation>melebihi pagu</translation>
    </message>
    <message>
        <source>Di atas batas pejabat pengadaan (%1): disetujui PPK</source>
        <translation>Di atas batas pejabat pengadaan (%1): disetujui PPK</translation>
    </message>
    <message>
        <source>Dalam batas pejabat pengadaan (%1)</source>
        <translation>Dalam batas pejabat pengadaan (%1)</translation>
    </message>
    <message>
        <source>Surat pesanan: %1</source>
        <translation>Surat pesanan: %1</translation>
    </message>
    <message>
        <source>BAST: %1</source>
        <translation>BAST: %1</translation>
    </message>
    <message>
        <source>Dibayar %1 (%2)</source>
        <translation>Dibayar %1 (%2)</translation>
    </message>
    <message>
        <source>Perubahan menunggu sinkronisasi dengan server</source>
        <translation>Perubahan menunggu sinkronisasi dengan server</translation>
    </message>
    <message>
        <source>Pilih barangnya dulu</source>
        <translation>Pilih barangnya dulu</translation>
    </message>
    <message>
        <source>Tersimpan; dikirim ke server pada sinkronisasi berikutnya</source>
        <translation>Tersimpan; dikirim ke server pada sinkronisasi berikutnya</translation>
    </message>
    <message>
        <source>Simpan BAST</source>
        <translation>Simpan BAST</translation>
    </message>
    <message>
        <source>Simpan surat pesanan</source>
        <translation>Simpan surat pesanan</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tersimpan di %1; tanda tangani di modul Tanda Tangan Elektronik (penanda ${ttd})</source>
        <translation>Tersimpan di %1; tanda tangani di modul Tanda Tangan Elektronik (penanda ${ttd})</translation>
    </message>
    <message>
        <source>Banyaknya</source>
        <extracomment>Quantity ordered of one item (not money).</extracomment>
        <translation>Banyaknya</translation>
    </message>
    <message>
        <source>Oleh (sebagai)</source>
        <translation>Oleh (sebagai)</translation>
    </message>
    <message>
        <source>Total harga</source>
        <extracomment>The order&apos;s total value in rupiah after this step.</extracomment>
        <translation>Total harga</translation>
    </message>
    <message>
        <source>Total harga &lt;b&gt;%1&lt;/b&gt; dari pagu %2</source>
        <translation>Total harga &lt;b&gt;%1&lt;/b&gt; dari pagu %2</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::Policy</name>
    <message>
        <source>Hanya admin katalog yang dapat mengubah data katalog</source>
        <translation>Hanya admin katalog yang dapat mengubah data katalog</translation>
    </message>
    <message>
        <source>Data katalog tidak dihapus; nonaktifkan saja</source>
        <translation>Data katalog tidak dihapus; nonaktifkan saja</translation>
    </message>
    <message>
        <source>Perubahan katalog hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Perubahan katalog hanya dapat dicatat atas nama Anda sendiri</translation>
    </message>
    <message>
        <source>Kode data tidak sesuai dengan kuncinya (%1)</source>
        <translation>Kode data tidak sesuai dengan kuncinya (%1)</translation>
    </message>
    <message>
        <source>Kode zona harga hanya huruf besar, angka, - dan _ (paling banyak 20)</source>
        <translation>Kode zona harga hanya huruf besar, angka, - dan _ (paling banyak 20)</translation>
    </message>
    <message>
        <source>NPWP penyedia harus 15 atau 16 angka</source>
        <translation>NPWP penyedia harus 15 atau 16 angka</translation>
    </message>
    <message>
        <source>Jalur kategori tidak valid (paling banyak 5 tingkat, dipisah &quot;&gt;&quot;)</source>
        <translation>Jalur kategori tidak valid (paling banyak 5 tingkat, dipisah &quot;&gt;&quot;)</translation>
    </message>
    <message>
        <source>Nama kategori harus bagian terakhir jalurnya</source>
        <translation>Nama kategori harus bagian terakhir jalurnya</translation>
    </message>
    <message>
        <source>Induk kategori tidak sesuai dengan jalurnya</source>
        <translation>Induk kategori tidak sesuai dengan jalurnya</translation>
    </message>
    <message>
        <source>Kode produk hanya huruf, angka, . _ / - (paling banyak 40)</source>
        <translation>Kode produk hanya huruf, angka, . _ / - (paling banyak 40)</translation>
    </message>
    <message>
        <source>TKDN harus antara 0 dan 100 persen</source>
        <translation>TKDN harus antara 0 dan 100 persen</translation>
    </message>
    <message>
        <source>Gambar produk harus dirujuk dengan SHA-256</source>
        <translation>Gambar produk harus dirujuk dengan SHA-256</translation>
    </message>
    <message>
        <source>Zona harga tidak valid</source>
        <translation>Zona harga tidak valid</translation>
    </message>
    <message>
        <source>Harga tidak merujuk produk %1</source>
        <translation>Harga tidak merujuk produk %1</translation>
    </message>
    <message>
        <source>Harga harus rupiah utuh lebih dari 0</source>
        <translation>Harga harus rupiah utuh lebih dari 0</translation>
    </message>
    <message>
        <source>Hanya pesanan berstatus draf yang dapat dihapus; batalkan saja</source>
        <translation>Hanya pesanan berstatus draf yang dapat dihapus; batalkan saja</translation>
    </message>
    <message>
        <source>Hanya pejabat pengadaan atau PPK yang dapat menghapus draf pesanan</source>
        <translation>Hanya pejabat pengadaan atau PPK yang dapat menghapus draf pesanan</translation>
    </message>
    <message>
        <source>Rincian pesanan harus berupa daftar</source>
        <translation>Rincian pesanan harus berupa daftar</translation>
    </message>
    <message>
        <source>Pagu anggaran harus rupiah utuh lebih dari 0</source>
        <translation>Pagu anggaran harus rupiah utuh lebih dari 0</translation>
    </message>
    <message>
        <source>Unit dan pembuat pesanan tidak dapat diubah atau diatasnamakan orang lain</source>
        <translation>Unit dan pembuat pesanan tidak dapat diubah atau diatasnamakan orang lain</translation>
    </message>
    <message>
        <source>Status pesanan tersimpan tidak dikenal</source>
        <translation>Status pesanan tersimpan tidak dikenal</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>Pesanan %1 tidak dapat menjadi %2: %3</source>
        <translation>Pesanan %1 tidak dapat menjadi %2: %3</translation>
    </message>
    <message>
        <source>hanya pejabat pengadaan atau PPK yang berwenang</source>
        <translation>hanya pejabat pengadaan atau PPK yang berwenang</translation>
    </message>
    <message>
        <source>hanya PPK yang berwenang</source>
        <translation>hanya PPK yang berwenang</translation>
    </message>
    <message>
        <source>%1 wajib diisi</source>
        <translation>%1 wajib diisi</translation>
    </message>
    <message>
        <source>pesanan baru selalu dimulai sebagai draf</source>
        <translation>pesanan baru selalu dimulai sebagai draf</translation>
    </message>
    <message>
        <source>belum ada barang</source>
        <translation>belum ada barang</translation>
    </message>
    <message>
        <source>jumlah %1 melebihi pagu %2</source>
        <translation>jumlah %1 melebihi pagu %2</translation>
    </message>
    <message>
        <source>nilai %1 melebihi batas pejabat pengadaan %2, harus disetujui PPK</source>
        <translation>nilai %1 melebihi batas pejabat pengadaan %2, harus disetujui PPK</translation>
    </message>
    <message>
        <source>Nomor surat pesanan/kontrak</source>
        <translation>Nomor surat pesanan/kontrak</translation>
    </message>
    <message>
        <source>Tanggal kontrak</source>
        <translation>Tanggal kontrak</translation>
    </message>
    <message>
        <source>Nomor adendum</source>
        <translation>Nomor adendum</translation>
    </message>
    <message>
        <source>Alasan adendum</source>
        <translation>Alasan adendum</translation>
    </message>
    <message>
        <source>Nomor BAST</source>
        <translation>Nomor BAST</translation>
    </message>
    <message>
        <source>Tanggal BAST</source>
        <translation>Tanggal BAST</translation>
    </message>
    <message>
        <source>hanya bendahara yang mencatat pembayaran</source>
        <translation>hanya bendahara yang mencatat pembayaran</translation>
    </message>
    <message>
        <source>Cara bayar (UP, LS atau KKPD)</source>
        <translation>Cara bayar (UP, LS atau KKPD)</translation>
    </message>
    <message>
        <source>Nomor bukti pembayaran</source>
        <translation>Nomor bukti pembayaran</translation>
    </message>
    <message>
        <source>pesanan sudah %1</source>
        <translation>pesanan sudah %1</translation>
    </message>
    <message>
        <source>perpindahan status ini tidak ada dalam alur pesanan</source>
        <translation>perpindahan status ini tidak ada dalam alur pesanan</translation>
    </message>
    <message>
        <source>Kolom %1 tidak dapat diubah pada pesanan berstatus %2</source>
        <translation>Kolom %1 tidak dapat diubah pada pesanan berstatus %2</translation>
    </message>
    <message>
        <source>Adendum nomor %1 sudah dicatat</source>
        <translation>Adendum nomor %1 sudah dicatat</translation>
    </message>
    <message>
        <source>Saat negosiasi barang tidak dapat ditambah atau dihapus</source>
        <translation>Saat negosiasi barang tidak dapat ditambah atau dihapus</translation>
    </message>
    <message>
        <source>Saat negosiasi harga %1 hanya dapat turun</source>
        <translation>Saat negosiasi harga %1 hanya dapat turun</translation>
    </message>
    <message>
        <source>Saat negosiasi hanya harga satuan yang dapat diubah</source>
        <translation>Saat negosiasi hanya harga satuan yang dapat diubah</translation>
    </message>
    <message>
        <source>Satu pesanan paling banyak %1 barang</source>
        <translation>Satu pesanan paling banyak %1 barang</translation>
    </message>
    <message>
        <source>Rincian pesanan tidak valid</source>
        <translation>Rincian pesanan tidak valid</translation>
    </message>
    <message>
        <source>Kolom rincian %1 tidak dikenal</source>
        <translation>Kolom rincian %1 tidak dikenal</translation>
    </message>
    <message>
        <source>Setiap barang harus merujuk satu produk katalog, sekali saja</source>
        <translation>Setiap barang harus merujuk satu produk katalog, sekali saja</translation>
    </message>
    <message>
        <source>Jumlah barang %1 harus bilangan bulat 1 sampai 1.000.000</source>
        <translation>Jumlah barang %1 harus bilangan bulat 1 sampai 1.000.000</translation>
    </message>
    <message>
        <source>Harga satuan %1 harus rupiah utuh lebih dari 0</source>
        <translation>Harga satuan %1 harus rupiah utuh lebih dari 0</translation>
    </message>
    <message>
        <source>Nilai pesanan terlalu besar</source>
        <translation>Nilai pesanan terlalu besar</translation>
    </message>
    <message>
        <source>Satu produk paling banyak %1 gambar</source>
        <translation>Satu produk paling banyak %1 gambar</translation>
    </message>
    <message>
        <source>Gambar produk tidak boleh ganda</source>
        <translation>Gambar produk tidak boleh ganda</translation>
    </message>
    <message>
        <source>Total harga pesanan %1 tidak sesuai dengan rinciannya (%2)</source>
        <translation>Total harga pesanan %1 tidak sesuai dengan rinciannya (%2)</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::ProductImageLoader</name>
    <message>
        <source>Gambar belum diunduh; perangkat ini tidak tersambung ke server</source>
        <translation>Gambar belum diunduh; perangkat ini tidak tersambung ke server</translation>
    </message>
    <message>
        <source>Gambar belum diunduh; sedang diminta dari server</source>
        <translation>Gambar belum diunduh; sedang diminta dari server</translation>
    </message>
    <message>
        <source>Gambar rusak atau tidak dapat dibaca</source>
        <translation>Gambar rusak atau tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Gambar belum diunduh: %1</source>
        <translation>Gambar belum diunduh: %1</translation>
    </message>
    <message>
        <source>Gambar tidak dapat diunduh: %1</source>
        <translation>Gambar tidak dapat diunduh: %1</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::ProductImageStrip</name>
    <message>
        <source>Belum ada gambar produk</source>
        <translation>Belum ada gambar produk</translation>
    </message>
    <message>
        <source>Klik untuk memperbesar</source>
        <translation>Klik untuk memperbesar</translation>
    </message>
    <message>
        <source>Gambar tidak
tersedia</source>
        <translation>Gambar tidak
tersedia</translation>
    </message>
    <message>
        <source>Gambar belum
diunduh</source>
        <translation>Gambar belum
diunduh</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::ProductImageViewer</name>
    <message>
        <source>Gambar produk</source>
        <translation>Gambar produk</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Hapus gambar dari produk</source>
        <translation>Hapus gambar dari produk</translation>
    </message>
</context>
<context>
    <name>lontar::catalogue::ProductTableModel</name>
    <message>
        <source>%1 (nonaktif)</source>
        <translation>%1 (nonaktif)</translation>
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
        <translation>Harga umum (zona ini tidak punya harga sendiri)</translation>
    </message>
    <message>
        <source>Tidak ada harga untuk zona ini</source>
        <translation>Tidak ada harga untuk zona ini</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Nama produk</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>TKDN</source>
        <translation>TKDN</translation>
    </message>
    <message>
        <source>Penyedia</source>
        <translation>Penyedia</translation>
    </message>
</context>
<context>
    <name>lontar::directory::ServerWrittenPolicy</name>
    <message>
        <source>Direktori pegawai hanya diubah oleh admin melalui server</source>
        <translation>Direktori pegawai hanya diubah oleh admin melalui server</translation>
    </message>
</context>
<context>
    <name>lontar::esign::BatchTab</name>
    <message>
        <source>Pilih folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Mulai tanda tangan massal</source>
        <translation>Mulai tanda tangan massal</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Folder dokumen asli</source>
        <translation>Folder dokumen asli</translation>
    </message>
    <message>
        <source>Folder hasil</source>
        <translation>Folder hasil</translation>
    </message>
    <message>
        <source>Penanda tempat stempel</source>
        <translation>Penanda tempat stempel</translation>
    </message>
    <message>
        <source>Stempel ditempatkan pada penanda (mis. ${ttd}) atau di atas nama penanda tangan; bila tidak ada, di kanan bawah halaman terakhir. Dokumen asli tidak diubah; hasil disimpan sebagai &lt;i&gt;nama&lt;/i&gt;-ttd.pdf di folder hasil. Sertifikat dan jenis tanda tangan diambil dari tab Tandatangani.</source>
        <translation>Stempel ditempatkan pada penanda (mis. ${ttd}) atau di atas nama penanda tangan; bila tidak ada, di kanan bawah halaman terakhir. Dokumen asli tidak diubah; hasil disimpan sebagai &lt;i&gt;nama&lt;/i&gt;-ttd.pdf di folder hasil. Sertifikat dan jenis tanda tangan diambil dari tab Tandatangani.</translation>
    </message>
    <message>
        <source>Pilih folder dokumen asli</source>
        <translation>Pilih folder dokumen asli</translation>
    </message>
    <message>
        <source>Pilih folder hasil</source>
        <translation>Pilih folder hasil</translation>
    </message>
    <message>
        <source>Pilih folder dokumen asli dan folder hasil.</source>
        <translation>Pilih folder dokumen asli dan folder hasil.</translation>
    </message>
    <message>
        <source>Folder hasil harus berbeda dari folder dokumen asli.</source>
        <translation>Folder hasil harus berbeda dari folder dokumen asli.</translation>
    </message>
    <message>
        <source>Folder %1 tidak berisi dokumen PDF.</source>
        <translation>Folder %1 tidak berisi dokumen PDF.</translation>
    </message>
    <message>
        <source>Berkas hasil sudah ada</source>
        <translation>Berkas hasil sudah ada</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas hasil sudah ada di folder hasil. Timpa berkas itu, atau lewati dokumennya?</source>
        <translation>
            <numerusform>%n berkas hasil sudah ada di folder hasil. Timpa berkas itu, atau lewati dokumennya?</numerusform>
        </translation>
    </message>
    <message>
        <source>Timpa</source>
        <translation>Timpa</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::DemoKeys</name>
    <message>
        <source>%1 tidak dapat ditulis: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Kunci demo tidak dapat dibuat: %1</source>
        <translation>Kunci demo tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>Sertifikat demo tidak dapat dibuat: %1</source>
        <translation>Sertifikat demo tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>Berkas sertifikat demo tidak dapat dibuat: %1</source>
        <translation>Berkas sertifikat demo tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::EsignPage</name>
    <message>
        <source>Tandatangani</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Tanda tangan massal</source>
        <translation>Tanda tangan massal</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>Riwayat</translation>
    </message>
</context>
<context>
    <name>lontar::esign::EsignSettings</name>
    <message>
        <source>Alamat halaman verifikasi harus berupa alamat web (https://…).</source>
        <translation>Alamat halaman verifikasi harus berupa alamat web (https://…).</translation>
    </message>
</context>
<context>
    <name>lontar::esign::EsignSettingsPage</name>
    <message>
        <source>Tanda tangan hanya dinyatakan sah bila sertifikatnya berantai ke sertifikat akar yang dipercaya. Tambahkan sertifikat akar resmi, misalnya Root CA Indonesia dan sertifikat CA BSrE, dari berkas .cer, .crt atau .pem.</source>
        <translation>Tanda tangan hanya dinyatakan sah bila sertifikatnya berantai ke sertifikat akar yang dipercaya. Tambahkan sertifikat akar resmi, misalnya Root CA Indonesia dan sertifikat CA BSrE, dari berkas .cer, .crt atau .pem.</translation>
    </message>
    <message>
        <source>Sertifikat akar</source>
        <translation>Sertifikat akar</translation>
    </message>
    <message>
        <source>Diterbitkan oleh</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Tambah sertifikat akar…</source>
        <translation>Tambah sertifikat akar…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Dokumen ini ditandatangani secara elektronik menggunakan sertifikat yang diterbitkan oleh %1.</source>
        <translation>Dokumen ini ditandatangani secara elektronik menggunakan sertifikat yang diterbitkan oleh %1.</translation>
    </message>
    <message>
        <source>Untuk sertifikat yang bukan dari BSrE; %1 diganti nama penerbit.</source>
        <translation>Untuk sertifikat yang bukan dari BSrE; %1 diganti nama penerbit.</translation>
    </message>
    <message>
        <source>Keterangan di bawah stempel (penerbit selain BSrE)</source>
        <translation>Keterangan di bawah stempel (penerbit selain BSrE)</translation>
    </message>
    <message>
        <source>Alamat halaman verifikasi untuk kode QR</source>
        <translation>Alamat halaman verifikasi untuk kode QR</translation>
    </message>
    <message>
        <source>Sidik jari SHA-256: %1</source>
        <translation>Sidik jari SHA-256: %1</translation>
    </message>
    <message>
        <source>(akar, menerbitkan sendiri)</source>
        <translation>(akar, menerbitkan sendiri)</translation>
    </message>
    <message>
        <source>Belum ada sertifikat akar: tanda tangan akan ditampilkan &quot;belum tepercaya&quot;.</source>
        <translation>Belum ada sertifikat akar: tanda tangan akan ditampilkan &quot;belum tepercaya&quot;.</translation>
    </message>
    <message>
        <source>Pilih sertifikat akar</source>
        <translation>Pilih sertifikat akar</translation>
    </message>
    <message>
        <source>Sertifikat (*.cer *.crt *.pem *.der);;Semua berkas (*)</source>
        <translation>Sertifikat (*.cer *.crt *.pem *.der);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Dipercaya: %1</source>
        <translation>Dipercaya: %1</translation>
    </message>
    <message>
        <source>Hapus sertifikat akar</source>
        <translation>Hapus sertifikat akar</translation>
    </message>
    <message>
        <source>Berhenti memercayai %1? Tanda tangan yang berantai ke sertifikat ini tidak lagi dinyatakan sah.</source>
        <translation>Berhenti memercayai %1? Tanda tangan yang berantai ke sertifikat ini tidak lagi dinyatakan sah.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::HistoryTab</name>
    <message>
        <source>Tanda tangan saya</source>
        <translation>Tanda tangan saya</translation>
    </message>
    <message>
        <source>Semua yang dapat saya lihat</source>
        <translation>Semua yang dapat saya lihat</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Belum ada penandatanganan. Dokumen yang Anda tandatangani atau gagal ditandatangani tercatat di sini dan di log audit.</source>
        <translation>Belum ada penandatanganan. Dokumen yang Anda tandatangani atau gagal ditandatangani tercatat di sini dan di log audit.</translation>
    </message>
    <message>
        <source>%1 (NIP %2)</source>
        <translation>%1 (NIP %2)</translation>
    </message>
    <message>
        <source>Berhasil, belum terkirim ke server</source>
        <translation>Berhasil, belum terkirim ke server</translation>
    </message>
    <message>
        <source>Berhasil</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Gagal: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <source>Gagal menandatangani</source>
        <translation>Gagal menandatangani</translation>
    </message>
</context>
<context>
    <name>lontar::esign::KeyChooser</name>
    <message>
        <source>Berkas sertifikat (.p12 / .pfx)</source>
        <translation>Berkas sertifikat (.p12 / .pfx)</translation>
    </message>
    <message>
        <source>Token atau kartu pintar</source>
        <translation>Token atau kartu pintar</translation>
    </message>
    <message>
        <source>berkas sertifikat dari BSrE atau CA instansi</source>
        <translation>berkas sertifikat dari BSrE atau CA instansi</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Pustaka driver token (PKCS#11) dari pemasok token</source>
        <translation>Pustaka driver token (PKCS#11) dari pemasok token</translation>
    </message>
    <message>
        <source>nama token</source>
        <translation>nama token</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat</source>
        <translation>Pilih berkas sertifikat</translation>
    </message>
    <message>
        <source>Berkas sertifikat (*.p12 *.pfx)</source>
        <translation>Berkas sertifikat (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Penandatanganan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Penandatanganan dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Isi nama token terlebih dahulu.</source>
        <translation>Isi nama token terlebih dahulu.</translation>
    </message>
    <message>
        <source>PIN token</source>
        <translation>PIN token</translation>
    </message>
    <message>
        <source>PIN token %1:</source>
        <translation>PIN token %1:</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat terlebih dahulu.</source>
        <translation>Pilih berkas sertifikat terlebih dahulu.</translation>
    </message>
    <message>
        <source>Kata sandi sertifikat</source>
        <translation>Kata sandi sertifikat</translation>
    </message>
    <message>
        <source>Kata sandi berkas sertifikat Anda:</source>
        <translation>Kata sandi berkas sertifikat Anda:</translation>
    </message>
</context>
<context>
    <name>lontar::esign::PdfPageView</name>
    <message>
        <source>QR  Ditandatangani secara elektronik</source>
        <translation>QR  Ditandatangani secara elektronik</translation>
    </message>
</context>
<context>
    <name>lontar::esign::SignTab</name>
    <message>
        <source>Menandatangani dokumen</source>
        <translation>Menandatangani dokumen</translation>
    </message>
    <message>
        <source>Buka dokumen PDF yang akan ditandatangani.</source>
        <translation>Buka dokumen PDF yang akan ditandatangani.</translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel, atau pilih paraf.</source>
        <translation>Seret di halaman untuk menempatkan stempel, atau pilih paraf.</translation>
    </message>
    <message>
        <source>Pilih berkas sertifikat Anda atau token.</source>
        <translation>Pilih berkas sertifikat Anda atau token.</translation>
    </message>
    <message>
        <source>Tekan Tandatangani dan tentukan tempat menyimpan hasilnya. Dokumen asli tidak diubah.</source>
        <translation>Tekan Tandatangani dan tentukan tempat menyimpan hasilnya. Dokumen asli tidak diubah.</translation>
    </message>
    <message>
        <source>Buka PDF…</source>
        <translation>Buka PDF…</translation>
    </message>
    <message>
        <source>Belum ada dokumen.</source>
        <translation>Belum ada dokumen.</translation>
    </message>
    <message>
        <source>Tanda tangan dengan stempel</source>
        <translation>Tanda tangan dengan stempel</translation>
    </message>
    <message>
        <source>Paraf</source>
        <translation>Paraf</translation>
    </message>
    <message>
        <source>Tanda tangan tanpa stempel</source>
        <translation>Tanda tangan tanpa stempel</translation>
    </message>
    <message>
        <source>mis. Disetujui</source>
        <translation>mis. Disetujui</translation>
    </message>
    <message>
        <source>Dasar</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>Dengan stempel waktu</source>
        <translation>Dengan stempel waktu</translation>
    </message>
    <message>
        <source>Jangka panjang (dapat diperiksa tanpa internet)</source>
        <translation>Jangka panjang (dapat diperiksa tanpa internet)</translation>
    </message>
    <message>
        <source>Arsip jangka panjang</source>
        <translation>Arsip jangka panjang</translation>
    </message>
    <message>
        <source>Tingkat PAdES: B-B, B-T, B-LT, B-LTA. Mulai dari &quot;dengan stempel waktu&quot; diperlukan server stempel waktu; tingkat jangka panjang menyimpan status sertifikat di dalam dokumen.</source>
        <translation>Tingkat PAdES: B-B, B-T, B-LT, B-LTA. Mulai dari &quot;dengan stempel waktu&quot; diperlukan server stempel waktu; tingkat jangka panjang menyimpan status sertifikat di dalam dokumen.</translation>
    </message>
    <message>
        <source>Tidak (tanda tangan persetujuan)</source>
        <translation>Tidak (tanda tangan persetujuan)</translation>
    </message>
    <message>
        <source>Ya, sesudahnya tidak boleh ada perubahan</source>
        <translation>Ya, sesudahnya tidak boleh ada perubahan</translation>
    </message>
    <message>
        <source>Ya, sesudahnya hanya isian formulir dan tanda tangan</source>
        <translation>Ya, sesudahnya hanya isian formulir dan tanda tangan</translation>
    </message>
    <message>
        <source>Ya, sesudahnya juga catatan (anotasi)</source>
        <translation>Ya, sesudahnya juga catatan (anotasi)</translation>
    </message>
    <message>
        <source>Sertifikasi (DocMDP) oleh penanda tangan pertama: pemeriksa akan menyatakan tidak sah setiap perubahan di luar yang diizinkan.</source>
        <translation>Sertifikasi (DocMDP) oleh penanda tangan pertama: pemeriksa akan menyatakan tidak sah setiap perubahan di luar yang diizinkan.</translation>
    </message>
    <message>
        <source>opsional, mis. dari BSrE</source>
        <translation>opsional, mis. dari BSrE</translation>
    </message>
    <message>
        <source>Server stempel waktu menjamin waktu penandatanganan (PAdES B-T).</source>
        <translation>Server stempel waktu menjamin waktu penandatanganan (PAdES B-T).</translation>
    </message>
    <message>
        <source>Tandatangani</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <source>Buka berkas</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel; seret stempel untuk memindahkannya.</source>
        <translation>Seret di halaman untuk menempatkan stempel; seret stempel untuk memindahkannya.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;NIP. %2&lt;br&gt;&lt;span style=&apos;color:#6b6b6b&apos;&gt;Nama dan NIP pada stempel diambil dari sertifikat; sertifikat harus milik Anda.&lt;/span&gt;</source>
        <translation>%1&lt;br&gt;NIP. %2&lt;br&gt;&lt;span style=&apos;color:#6b6b6b&apos;&gt;Nama dan NIP pada stempel diambil dari sertifikat; sertifikat harus milik Anda.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Tingkat tanda tangan</source>
        <translation>Tingkat tanda tangan</translation>
    </message>
    <message>
        <source>Sertifikasi dokumen</source>
        <translation>Sertifikasi dokumen</translation>
    </message>
    <message>
        <source>Server stempel waktu</source>
        <translation>Server stempel waktu</translation>
    </message>
    <message>
        <source>Buka PDF</source>
        <translation>Buka PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 dilindungi kata sandi dan tidak dapat ditandatangani.</source>
        <translation>%1 dilindungi kata sandi dan tidak dapat ditandatangani.</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibuka sebagai PDF.</source>
        <translation>%1 tidak dapat dibuka sebagai PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Dokumen: &lt;b&gt;%1&lt;/b&gt; (%n halaman)</source>
        <translation>
            <numerusform>Dokumen: &lt;b&gt;%1&lt;/b&gt; (%n halaman)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel.</source>
        <translation>Seret di halaman untuk menempatkan stempel.</translation>
    </message>
    <message>
        <source>Tingkat ini memerlukan server stempel waktu; isi alamatnya atau pilih tingkat Dasar.</source>
        <translation>Tingkat ini memerlukan server stempel waktu; isi alamatnya atau pilih tingkat Dasar.</translation>
    </message>
    <message>
        <source>Simpan PDF bertanda tangan</source>
        <translation>Simpan PDF bertanda tangan</translation>
    </message>
    <message>
        <source>Penandatanganan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Penandatanganan dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Menandatangani…</source>
        <translation>Menandatangani…</translation>
    </message>
    <message>
        <source>Ditandatangani dan disimpan sebagai %1.</source>
        <translation>Ditandatangani dan disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::SigningHistoryPolicy</name>
    <message>
        <source>Riwayat tanda tangan tidak dapat dihapus</source>
        <translation>Riwayat tanda tangan tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Riwayat tanda tangan hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Riwayat tanda tangan hanya dapat dicatat atas nama Anda sendiri</translation>
    </message>
    <message>
        <source>Unit kerja pada riwayat tidak sesuai dengan unit Anda</source>
        <translation>Unit kerja pada riwayat tidak sesuai dengan unit Anda</translation>
    </message>
    <message>
        <source>Penandatanganan yang berhasil harus menyebut hash berkas hasil</source>
        <translation>Penandatanganan yang berhasil harus menyebut hash berkas hasil</translation>
    </message>
    <message>
        <source>Penandatanganan yang gagal harus menyebut alasannya</source>
        <translation>Penandatanganan yang gagal harus menyebut alasannya</translation>
    </message>
</context>
<context>
    <name>lontar::esign::SigningPermission</name>
    <message>
        <source>Sertifikat kunci tidak dapat dibaca.</source>
        <translation>Sertifikat kunci tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Dokumen ini ditandatangani secara elektronik dengan sertifikat swa-tanda yang tidak diterbitkan oleh penyelenggara sertifikasi elektronik.</source>
        <translation>Dokumen ini ditandatangani secara elektronik dengan sertifikat swa-tanda yang tidak diterbitkan oleh penyelenggara sertifikasi elektronik.</translation>
    </message>
    <message>
        <source>Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE.</source>
        <translation>Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh BSrE.</translation>
    </message>
    <message>
        <source>Dokumen ini ditandatangani secara elektronik menggunakan sertifikat yang diterbitkan oleh %1.</source>
        <translation>Dokumen ini ditandatangani secara elektronik menggunakan sertifikat yang diterbitkan oleh %1.</translation>
    </message>
    <message>
        <source>penerbit yang tidak dikenal</source>
        <translation>penerbit yang tidak dikenal</translation>
    </message>
    <message>
        <source>Sertifikat atas nama %1 tidak memuat NIP dan belum didaftarkan untuk akun Anda, jadi tidak dapat dipakai untuk menandatangani atas nama %2.</source>
        <translation>Sertifikat atas nama %1 tidak memuat NIP dan belum didaftarkan untuk akun Anda, jadi tidak dapat dipakai untuk menandatangani atas nama %2.</translation>
    </message>
    <message>
        <source>Sertifikat ini milik %1 (NIP %2), bukan milik Anda (NIP %3). Gunakan sertifikat Anda sendiri.</source>
        <translation>Sertifikat ini milik %1 (NIP %2), bukan milik Anda (NIP %3). Gunakan sertifikat Anda sendiri.</translation>
    </message>
    <message>
        <source>Tanda tangan final hanya dapat dibuat oleh pejabat penandatangan. Anda dapat membubuhkan paraf.</source>
        <translation>Tanda tangan final hanya dapat dibuat oleh pejabat penandatangan. Anda dapat membubuhkan paraf.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::TrustStore</name>
    <message>
        <source>Sertifikat %1 tidak dapat dibaca.</source>
        <translation>Sertifikat %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibuka.</source>
        <translation>Berkas %1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar untuk sebuah sertifikat.</source>
        <translation>Berkas %1 terlalu besar untuk sebuah sertifikat.</translation>
    </message>
    <message>
        <source>%1 bukan berkas sertifikat (PEM atau DER).</source>
        <translation>%1 bukan berkas sertifikat (PEM atau DER).</translation>
    </message>
    <message>
        <source>%1 bukan sertifikat otoritas sertifikat (CA); yang dapat dipercaya hanya sertifikat akar atau CA penerbit.</source>
        <translation>%1 bukan sertifikat otoritas sertifikat (CA); yang dapat dipercaya hanya sertifikat akar atau CA penerbit.</translation>
    </message>
    <message>
        <source>Sertifikat tidak dapat disimpan: %1</source>
        <translation>Sertifikat tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Sidik jari sertifikat tidak sah.</source>
        <translation>Sidik jari sertifikat tidak sah.</translation>
    </message>
    <message>
        <source>Sertifikat itu tidak ada di daftar tepercaya.</source>
        <translation>Sertifikat itu tidak ada di daftar tepercaya.</translation>
    </message>
    <message>
        <source>Sertifikat tidak dapat dihapus.</source>
        <translation>Sertifikat tidak dapat dihapus.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::VerificationPage</name>
    <message>
        <source>Verifikasi Dokumen</source>
        <translation>Verifikasi Dokumen</translation>
    </message>
    <message>
        <source>Verifikasi Tanda Tangan Elektronik</source>
        <translation>Verifikasi Tanda Tangan Elektronik</translation>
    </message>
    <message>
        <source>Lontar — register penandatanganan</source>
        <translation>Lontar — register penandatanganan</translation>
    </message>
    <message>
        <source>Dokumen tidak terdaftar</source>
        <translation>Dokumen tidak terdaftar</translation>
    </message>
    <message>
        <source>Tautan atau kode QR ini tidak menunjuk ke catatan penandatanganan di server ini. Dokumen dengan kode QR ini tidak dapat dipastikan keasliannya.</source>
        <translation>Tautan atau kode QR ini tidak menunjuk ke catatan penandatanganan di server ini. Dokumen dengan kode QR ini tidak dapat dipastikan keasliannya.</translation>
    </message>
    <message>
        <source>Permintaan tidak didukung</source>
        <translation>Permintaan tidak didukung</translation>
    </message>
    <message>
        <source>Layanan verifikasi sedang tidak dapat diakses</source>
        <translation>Layanan verifikasi sedang tidak dapat diakses</translation>
    </message>
    <message>
        <source>Coba lagi beberapa saat lagi.</source>
        <translation>Coba lagi beberapa saat lagi.</translation>
    </message>
    <message>
        <source>Terdaftar: dokumen ini ditandatangani secara elektronik</source>
        <translation>Terdaftar: dokumen ini ditandatangani secara elektronik</translation>
    </message>
    <message>
        <source>Penandatanganan tercatat di register server. Periksa juga berkas PDF yang Anda pegang di bawah.</source>
        <translation>Penandatanganan tercatat di register server. Periksa juga berkas PDF yang Anda pegang di bawah.</translation>
    </message>
    <message>
        <source>Penandatanganan GAGAL</source>
        <translation>Penandatanganan GAGAL</translation>
    </message>
    <message>
        <source>Register mencatat bahwa penandatanganan dokumen ini tidak berhasil. Tidak ada dokumen bertanda tangan yang sah dari catatan ini.</source>
        <translation>Register mencatat bahwa penandatanganan dokumen ini tidak berhasil. Tidak ada dokumen bertanda tangan yang sah dari catatan ini.</translation>
    </message>
    <message>
        <source>Catatan penandatanganan</source>
        <translation>Catatan penandatanganan</translation>
    </message>
    <message>
        <source>Nama dokumen</source>
        <translation>Nama dokumen</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Berhasil ditandatangani</source>
        <translation>Berhasil ditandatangani</translation>
    </message>
    <message>
        <source>Gagal ditandatangani</source>
        <translation>Gagal ditandatangani</translation>
    </message>
    <message>
        <source>Diterima server</source>
        <translation>Diterima server</translation>
    </message>
    <message>
        <source>SHA-256 dokumen asli</source>
        <translation>SHA-256 dokumen asli</translation>
    </message>
    <message>
        <source>SHA-256 dokumen bertanda tangan</source>
        <translation>SHA-256 dokumen bertanda tangan</translation>
    </message>
    <message>
        <source>Hash kode QR cocok</source>
        <translation>Hash kode QR cocok</translation>
    </message>
    <message>
        <source>Hash dokumen pada tautan (kode QR) sama dengan hash dokumen asli yang terdaftar.</source>
        <translation>Hash dokumen pada tautan (kode QR) sama dengan hash dokumen asli yang terdaftar.</translation>
    </message>
    <message>
        <source>Hash kode QR tidak cocok</source>
        <translation>Hash kode QR tidak cocok</translation>
    </message>
    <message>
        <source>Hash pada tautan (kode QR) berbeda dengan dokumen asli yang terdaftar. Kode QR ini mungkin disalin dari dokumen lain.</source>
        <translation>Hash pada tautan (kode QR) berbeda dengan dokumen asli yang terdaftar. Kode QR ini mungkin disalin dari dokumen lain.</translation>
    </message>
    <message>
        <source>Periksa berkas PDF Anda</source>
        <translation>Periksa berkas PDF Anda</translation>
    </message>
    <message>
        <source>Pilih berkas PDF yang Anda terima (paling besar %1 MB)</source>
        <translation>Pilih berkas PDF yang Anda terima (paling besar %1 MB)</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Catatan register saja tidak membuktikan keabsahan dokumen yang Anda pegang; keabsahannya dipastikan dengan memeriksa berkas PDF-nya di sini.</source>
        <translation>Catatan register saja tidak membuktikan keabsahan dokumen yang Anda pegang; keabsahannya dipastikan dengan memeriksa berkas PDF-nya di sini.</translation>
    </message>
    <message>
        <source>Tidak ada yang dapat dibandingkan</source>
        <translation>Tidak ada yang dapat dibandingkan</translation>
    </message>
    <message>
        <source>Penandatanganan ini tercatat gagal, jadi tidak ada berkas bertanda tangan yang terdaftar.</source>
        <translation>Penandatanganan ini tercatat gagal, jadi tidak ada berkas bertanda tangan yang terdaftar.</translation>
    </message>
    <message>
        <source>Unggahan tidak dapat dibaca</source>
        <translation>Unggahan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Kirim ulang berkas PDF melalui formulir di halaman ini.</source>
        <translation>Kirim ulang berkas PDF melalui formulir di halaman ini.</translation>
    </message>
    <message>
        <source>Jenis unggahan tidak didukung</source>
        <translation>Jenis unggahan tidak didukung</translation>
    </message>
    <message>
        <source>Kirim berkas PDF melalui formulir di halaman ini.</source>
        <translation>Kirim berkas PDF melalui formulir di halaman ini.</translation>
    </message>
    <message>
        <source>Tidak ada berkas yang diunggah</source>
        <translation>Tidak ada berkas yang diunggah</translation>
    </message>
    <message>
        <source>Pilih berkas PDF, lalu tekan Periksa.</source>
        <translation>Pilih berkas PDF, lalu tekan Periksa.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat diperiksa saat ini</source>
        <translation>Berkas tidak dapat diperiksa saat ini</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca sebagai PDF</source>
        <translation>Berkas tidak dapat dibaca sebagai PDF</translation>
    </message>
    <message>
        <source>Berkas yang diunggah bukan PDF, rusak, atau terenkripsi, sehingga tanda tangannya tidak dapat diperiksa.</source>
        <translation>Berkas yang diunggah bukan PDF, rusak, atau terenkripsi, sehingga tanda tangannya tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan berkas</source>
        <translation>Hasil pemeriksaan berkas</translation>
    </message>
    <message>
        <source>Hash berkas cocok</source>
        <translation>Hash berkas cocok</translation>
    </message>
    <message>
        <source>Berkas yang diunggah sama persis dengan dokumen bertanda tangan yang terdaftar.</source>
        <translation>Berkas yang diunggah sama persis dengan dokumen bertanda tangan yang terdaftar.</translation>
    </message>
    <message>
        <source>Hash berkas tidak cocok</source>
        <translation>Hash berkas tidak cocok</translation>
    </message>
    <message>
        <source>Berkas ini adalah dokumen asli sebelum ditandatangani, bukan dokumen bertanda tangan yang terdaftar.</source>
        <translation>Berkas ini adalah dokumen asli sebelum ditandatangani, bukan dokumen bertanda tangan yang terdaftar.</translation>
    </message>
    <message>
        <source>Berkas yang diunggah berbeda dengan dokumen bertanda tangan yang terdaftar.</source>
        <translation>Berkas yang diunggah berbeda dengan dokumen bertanda tangan yang terdaftar.</translation>
    </message>
    <message>
        <source>Tanda tangan %1</source>
        <translation>Tanda tangan %1</translation>
    </message>
    <message>
        <source>Penanda tangan (sertifikat)</source>
        <translation>Penanda tangan (sertifikat)</translation>
    </message>
    <message>
        <source>Keutuhan</source>
        <translation>Keutuhan</translation>
    </message>
    <message>
        <source>utuh, isi yang ditandatangani tidak berubah</source>
        <translation>utuh, isi yang ditandatangani tidak berubah</translation>
    </message>
    <message>
        <source>RUSAK: isi atau tanda tangan tidak cocok</source>
        <translation>RUSAK: isi atau tanda tangan tidak cocok</translation>
    </message>
    <message>
        <source>Kepercayaan</source>
        <translation>Kepercayaan</translation>
    </message>
    <message>
        <source>Perubahan sesudahnya</source>
        <translation>Perubahan sesudahnya</translation>
    </message>
    <message>
        <source>SHA-256 berkas yang diunggah</source>
        <translation>SHA-256 berkas yang diunggah</translation>
    </message>
</context>
<context>
    <name>lontar::esign::VerifyTab</name>
    <message>
        <source>Periksa PDF…</source>
        <translation>Periksa PDF…</translation>
    </message>
    <message>
        <source>Simpan laporan…</source>
        <translation>Simpan laporan…</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Tampilkan rincian teknis: sertifikat, algoritme, dan rentang byte</source>
        <translation>Tampilkan rincian teknis: sertifikat, algoritme, dan rentang byte</translation>
    </message>
    <message>
        <source>Pilih dokumen PDF untuk memeriksa tanda tangan elektroniknya.</source>
        <translation>Pilih dokumen PDF untuk memeriksa tanda tangan elektroniknya.</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Sesudah ditandatangani</source>
        <translation>Sesudah ditandatangani</translation>
    </message>
    <message>
        <source>Periksa PDF</source>
        <translation>Periksa PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 tidak dapat diperiksa: %2</source>
        <translation>%1 tidak dapat diperiksa: %2</translation>
    </message>
    <message>
        <source>Sah</source>
        <translation>Sah</translation>
    </message>
    <message>
        <source>Belum tepercaya</source>
        <translation>Belum tepercaya</translation>
    </message>
    <message>
        <source>Tidak sah</source>
        <translation>Tidak sah</translation>
    </message>
    <message>
        <source> (menurut penanda tangan)</source>
        <translation> (menurut penanda tangan)</translation>
    </message>
    <message>
        <source>Tanda tangan %1</source>
        <translation>Tanda tangan %1</translation>
    </message>
    <message>
        <source>Tidak diubah</source>
        <translation>Tidak diubah</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Belum ada sertifikat akar tepercaya di komputer ini, sehingga identitas penanda tangan belum dapat dipastikan. Tambahkan sertifikat akar (mis. Root CA Indonesia dan BSrE) di Pengaturan → Tanda Tangan Elektronik.</source>
        <translation>Belum ada sertifikat akar tepercaya di komputer ini, sehingga identitas penanda tangan belum dapat dipastikan. Tambahkan sertifikat akar (mis. Root CA Indonesia dan BSrE) di Pengaturan → Tanda Tangan Elektronik.</translation>
    </message>
    <message>
        <source>penanda tangan yang tidak dikenal</source>
        <translation>penanda tangan yang tidak dikenal</translation>
    </message>
    <message>
        <source>Ditandatangani oleh &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ditandatangani oleh &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Keutuhan: isi yang ditandatangani tidak berubah.</source>
        <translation>Keutuhan: isi yang ditandatangani tidak berubah.</translation>
    </message>
    <message>
        <source>Keutuhan: &lt;b&gt;gagal&lt;/b&gt; — tanda tangan rusak atau tidak cocok dengan isinya.</source>
        <translation>Keutuhan: &lt;b&gt;gagal&lt;/b&gt; — tanda tangan rusak atau tidak cocok dengan isinya.</translation>
    </message>
    <message>
        <source>Kepercayaan: %1.</source>
        <translation>Kepercayaan: %1.</translation>
    </message>
    <message>
        <source>Sesudah ditandatangani: %1.</source>
        <translation>Sesudah ditandatangani: %1.</translation>
    </message>
    <message>
        <source>Simpan laporan verifikasi</source>
        <translation>Simpan laporan verifikasi</translation>
    </message>
    <message>
        <source>Laporan (*.txt *.json)</source>
        <translation>Laporan (*.txt *.json)</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan ke %1</source>
        <translation>Laporan tidak dapat disimpan ke %1</translation>
    </message>
</context>
<context>
    <name>lontar::records::DeliveriesWidget</name>
    <message>
        <source>Hal</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>Nomor naskah</source>
        <translation>Nomor naskah</translation>
    </message>
    <message>
        <source>Dari unit</source>
        <translation>Dari unit</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Keamanan</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Tidak ada kiriman naskah yang menunggu dicatat.
Naskah keluar yang sudah ditandatangani dan dikirim ke unit Anda muncul di sini setelah sinkronisasi; pencatat surat lalu mencatatnya sebagai naskah masuk.</source>
        <translation>Tidak ada kiriman naskah yang menunggu dicatat.
Naskah keluar yang sudah ditandatangani dan dikirim ke unit Anda muncul di sini setelah sinkronisasi; pencatat surat lalu mencatatnya sebagai naskah masuk.</translation>
    </message>
    <message>
        <source>Terima dan catat</source>
        <translation>Terima dan catat</translation>
    </message>
    <message>
        <source>Mencatat kiriman ini sebagai naskah masuk unit Anda dengan nomor agenda baru</source>
        <translation>Mencatat kiriman ini sebagai naskah masuk unit Anda dengan nomor agenda baru</translation>
    </message>
    <message>
        <source>Pilih kiriman untuk melihat naskahnya.</source>
        <translation>Pilih kiriman untuk melihat naskahnya.</translation>
    </message>
    <message>
        <source>Tanggal naskah</source>
        <translation>Tanggal naskah</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Klasifikasi keamanan</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>menunggu sinkronisasi</translation>
    </message>
    <message>
        <source>Pilih kiriman naskah yang akan dicatat</source>
        <translation>Pilih kiriman naskah yang akan dicatat</translation>
    </message>
    <message>
        <source>Hanya pencatat surat unit penerima yang dapat mencatat kiriman ini sebagai naskah masuk. Mintalah pencatat surat unit Anda untuk mencatatnya.</source>
        <translation>Hanya pencatat surat unit penerima yang dapat mencatat kiriman ini sebagai naskah masuk. Mintalah pencatat surat unit Anda untuk mencatatnya.</translation>
    </message>
    <message>
        <source>Berkas PDF kiriman ini belum ada di perangkat ini. Pilih “Unduh berkas” pada pratinjau, tunggu sampai halamannya tampil, lalu coba lagi.</source>
        <translation>Berkas PDF kiriman ini belum ada di perangkat ini. Pilih “Unduh berkas” pada pratinjau, tunggu sampai halamannya tampil, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Kiriman tidak dicatat: %1</source>
        <translation>Kiriman tidak dicatat: %1</translation>
    </message>
    <message>
        <source>Dicatat sebagai naskah masuk dengan nomor agenda %1.</source>
        <translation>Dicatat sebagai naskah masuk dengan nomor agenda %1.</translation>
    </message>
</context>
<context>
    <name>lontar::records::DeliveryDesk</name>
    <message>
        <source>Naskah ini sudah dicatat sebagai naskah masuk</source>
        <translation>Naskah ini sudah dicatat sebagai naskah masuk</translation>
    </message>
    <message>
        <source>Berkas naskah belum diunduh; sinkronkan lalu coba lagi</source>
        <translation>Berkas naskah belum diunduh; sinkronkan lalu coba lagi</translation>
    </message>
    <message>
        <source>Berkas naskah di perangkat ini rusak</source>
        <translation>Berkas naskah di perangkat ini rusak</translation>
    </message>
</context>
<context>
    <name>lontar::records::DeliveryPolicy</name>
    <message>
        <source>Pengiriman naskah tidak dapat dihapus</source>
        <translation>Pengiriman naskah tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Satu pengiriman per naskah dan unit penerima</source>
        <translation>Satu pengiriman per naskah dan unit penerima</translation>
    </message>
    <message>
        <source>Naskah keluar tidak ditemukan</source>
        <translation>Naskah keluar tidak ditemukan</translation>
    </message>
    <message>
        <source>Hanya penyusun atau penandatangan yang dapat mengirim naskah ini</source>
        <translation>Hanya penyusun atau penandatangan yang dapat mengirim naskah ini</translation>
    </message>
    <message>
        <source>Naskah dikirim sesudah ditandatangani</source>
        <translation>Naskah dikirim sesudah ditandatangani</translation>
    </message>
    <message>
        <source>Unit ini tidak termasuk penerima naskah</source>
        <translation>Unit ini tidak termasuk penerima naskah</translation>
    </message>
    <message>
        <source>Pengiriman baru berstatus terkirim</source>
        <translation>Pengiriman baru berstatus terkirim</translation>
    </message>
    <message>
        <source>Naskah ini sudah dicatat sebagai naskah masuk</source>
        <translation>Naskah ini sudah dicatat sebagai naskah masuk</translation>
    </message>
    <message>
        <source>Hanya pencatat unit penerima yang dapat menerima naskah ini</source>
        <translation>Hanya pencatat unit penerima yang dapat menerima naskah ini</translation>
    </message>
    <message>
        <source>Naskah diterima dengan nomor agenda naskah masuknya</source>
        <translation>Naskah diterima dengan nomor agenda naskah masuknya</translation>
    </message>
    <message>
        <source>Naskah masuk yang dicatat bukan berkas kiriman ini</source>
        <translation>Naskah masuk yang dicatat bukan berkas kiriman ini</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Uraian berkas</source>
        <translation>Uraian berkas</translation>
    </message>
    <message>
        <source>Kurun waktu</source>
        <translation>Kurun waktu</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message numerus="yes">
        <source>%n naskah</source>
        <translation>
            <numerusform>%n naskah</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak dapat membuat PDF</source>
        <translation>Tidak dapat membuat PDF</translation>
    </message>
    <message>
        <source>Berkas dalam daftar belum ada di perangkat ini; sinkronkan dahulu</source>
        <translation>Berkas dalam daftar belum ada di perangkat ini; sinkronkan dahulu</translation>
    </message>
    <message>
        <source>JRA %1: %2 th aktif, %3 th inaktif, %4; retensi berakhir %5</source>
        <translation>JRA %1: %2 th aktif, %3 th inaktif, %4; retensi berakhir %5</translation>
    </message>
    <message>
        <source>tanpa JRA</source>
        <translation>tanpa JRA</translation>
    </message>
    <message>
        <source>DAFTAR ARSIP USUL MUSNAH</source>
        <translation>DAFTAR ARSIP USUL MUSNAH</translation>
    </message>
    <message>
        <source>Diusulkan oleh %1 pada %2.</source>
        <translation>Diusulkan oleh %1 pada %2.</translation>
    </message>
    <message>
        <source>arsiparis</source>
        <translation>arsiparis</translation>
    </message>
    <message>
        <source>Catatan:</source>
        <translation>Catatan:</translation>
    </message>
    <message numerus="yes">
        <source>Jumlah: %n berkas.</source>
        <translation>
            <numerusform>Jumlah: %n berkas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daftar arsip usul musnah</source>
        <translation>Daftar arsip usul musnah</translation>
    </message>
    <message>
        <source>Berita acara dibuat untuk usul musnah yang sudah disetujui</source>
        <translation>Berita acara dibuat untuk usul musnah yang sudah disetujui</translation>
    </message>
    <message>
        <source>BERITA ACARA PEMUSNAHAN ARSIP</source>
        <translation>BERITA ACARA PEMUSNAHAN ARSIP</translation>
    </message>
    <message>
        <source>Pada hari ini, tanggal %1, bertempat di %2, kami yang bertanda tangan di bawah ini:</source>
        <translation>Pada hari ini, tanggal %1, bertempat di %2, kami yang bertanda tangan di bawah ini:</translation>
    </message>
    <message>
        <source>%1, arsiparis, selaku pelaksana pemusnahan;</source>
        <translation>%1, arsiparis, selaku pelaksana pemusnahan;</translation>
    </message>
    <message>
        <source>%1, pimpinan %2, selaku pimpinan unit pencipta arsip yang menyetujui usul musnah;</source>
        <translation>%1, pimpinan %2, selaku pimpinan unit pencipta arsip yang menyetujui usul musnah;</translation>
    </message>
    <message numerus="yes">
        <source>telah melaksanakan pemusnahan arsip %1 sebanyak %n berkas sesuai Jadwal Retensi Arsip, dengan cara pencacahan sehingga fisik dan informasinya tidak dapat dikenali lagi, sebagaimana tercantum dalam daftar terlampir.</source>
        <translation>
            <numerusform>telah melaksanakan pemusnahan arsip %1 sebanyak %n berkas sesuai Jadwal Retensi Arsip, dengan cara pencacahan sehingga fisik dan informasinya tidak dapat dikenali lagi, sebagaimana tercantum dalam daftar terlampir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Pimpinan unit pencipta arsip</source>
        <translation>Pimpinan unit pencipta arsip</translation>
    </message>
    <message>
        <source>Lampiran: daftar arsip yang dimusnahkan</source>
        <translation>Lampiran: daftar arsip yang dimusnahkan</translation>
    </message>
    <message>
        <source>Berita acara pemusnahan arsip</source>
        <translation>Berita acara pemusnahan arsip</translation>
    </message>
</context>
<context>
    <name>lontar::records::DisposalRegister</name>
    <message>
        <source>Pilih berkas yang diusulkan musnah</source>
        <translation>Pilih berkas yang diusulkan musnah</translation>
    </message>
    <message>
        <source>Sebutkan alasan penolakan</source>
        <translation>Sebutkan alasan penolakan</translation>
    </message>
    <message>
        <source>Daftar usul musnah ini tidak ditolak</source>
        <translation>Daftar usul musnah ini tidak ditolak</translation>
    </message>
    <message>
        <source>Daftar usul musnah tidak ditemukan</source>
        <translation>Daftar usul musnah tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>lontar::records::DispositionChain</name>
    <message>
        <source>Dari → kepada</source>
        <translation>Dari → kepada</translation>
    </message>
    <message>
        <source>Petunjuk</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Naskah ini belum didisposisikan.</source>
        <translation>Naskah ini belum didisposisikan.</translation>
    </message>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>menunggu sinkronisasi</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Selesai %1</source>
        <translation>Selesai %1</translation>
    </message>
    <message>
        <source>Belum dibaca</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>Dibaca %1</source>
        <translation>Dibaca %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Batas waktu: %1</source>
        <translation>Batas waktu: %1</translation>
    </message>
    <message>
        <source>Tindak lanjut: %1</source>
        <translation>Tindak lanjut: %1</translation>
    </message>
    <message>
        <source>Dikirim %1</source>
        <translation>Dikirim %1</translation>
    </message>
    <message>
        <source>oleh %1</source>
        <translation>oleh %1</translation>
    </message>
</context>
<context>
    <name>lontar::records::DispositionDesk</name>
    <message>
        <source>Pilih sekurang-kurangnya satu penerima disposisi</source>
        <translation>Pilih sekurang-kurangnya satu penerima disposisi</translation>
    </message>
    <message>
        <source>Satu disposisi paling banyak untuk %1 penerima</source>
        <translation>Satu disposisi paling banyak untuk %1 penerima</translation>
    </message>
    <message>
        <source>Naskah yang didisposisikan tidak ditemukan</source>
        <translation>Naskah yang didisposisikan tidak ditemukan</translation>
    </message>
    <message>
        <source>Penerima disposisi tidak ditemukan</source>
        <translation>Penerima disposisi tidak ditemukan</translation>
    </message>
    <message>
        <source>%1 tidak aktif</source>
        <translation>%1 tidak aktif</translation>
    </message>
    <message>
        <source>%1 tidak memiliki izin akses untuk naskah berklasifikasi %2</source>
        <translation>%1 tidak memiliki izin akses untuk naskah berklasifikasi %2</translation>
    </message>
    <message>
        <source>Disposisi kepada %1 ditolak: %2</source>
        <translation>Disposisi kepada %1 ditolak: %2</translation>
    </message>
    <message>
        <source>Disposisi tidak ditemukan</source>
        <translation>Disposisi tidak ditemukan</translation>
    </message>
    <message>
        <source>Catatan tindak lanjut wajib diisi</source>
        <translation>Catatan tindak lanjut wajib diisi</translation>
    </message>
</context>
<context>
    <name>lontar::records::DispositionDialog</name>
    <message>
        <source>Disposisi naskah</source>
        <translation>Disposisi naskah</translation>
    </message>
    <message>
        <source>Agenda %1 · dari %2 · %3</source>
        <translation>Agenda %1 · dari %2 · %3</translation>
    </message>
    <message>
        <source>(pengirim tidak dicatat)</source>
        <translation>(pengirim tidak dicatat)</translation>
    </message>
    <message>
        <source>Agenda %1 · dari %2 · %3 · diteruskan dari disposisi %4</source>
        <translation>Agenda %1 · dari %2 · %3 · diteruskan dari disposisi %4</translation>
    </message>
    <message>
        <source>Naskah tidak ditemukan di perangkat ini</source>
        <translation>Naskah tidak ditemukan di perangkat ini</translation>
    </message>
    <message>
        <source>Kepada (unit Anda dan unit di bawahnya)</source>
        <translation>Kepada (unit Anda dan unit di bawahnya)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Izin akses</source>
        <translation>Izin akses</translation>
    </message>
    <message>
        <source>Petunjuk</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <source>Catatan untuk penerima (boleh kosong)</source>
        <translation>Catatan untuk penerima (boleh kosong)</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Kirim disposisi</source>
        <translation>Kirim disposisi</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Tidak ada pegawai di bawah unit Anda</source>
        <translation>Tidak ada pegawai di bawah unit Anda</translation>
    </message>
</context>
<context>
    <name>lontar::records::DispositionPolicy</name>
    <message>
        <source>Tindak lanjuti</source>
        <translation>Tindak lanjuti</translation>
    </message>
    <message>
        <source>Pelajari dan telaah</source>
        <translation>Pelajari dan telaah</translation>
    </message>
    <message>
        <source>Hadiri / wakili</source>
        <translation>Hadiri / wakili</translation>
    </message>
    <message>
        <source>Siapkan jawaban</source>
        <translation>Siapkan jawaban</translation>
    </message>
    <message>
        <source>Koordinasikan</source>
        <translation>Koordinasikan</translation>
    </message>
    <message>
        <source>Untuk diketahui</source>
        <translation>Untuk diketahui</translation>
    </message>
    <message>
        <source>Edarkan</source>
        <translation>Edarkan</translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>Disposisi tidak dihapus; batalkan selama belum dibaca</source>
        <translation>Disposisi tidak dihapus; batalkan selama belum dibaca</translation>
    </message>
    <message>
        <source>Tindak lanjut disposisi tidak valid</source>
        <translation>Tindak lanjut disposisi tidak valid</translation>
    </message>
    <message>
        <source>Satu disposisi paling banyak %1 catatan tindak lanjut</source>
        <translation>Satu disposisi paling banyak %1 catatan tindak lanjut</translation>
    </message>
    <message>
        <source>Hanya atasan yang dapat mendisposisikan naskah</source>
        <translation>Hanya atasan yang dapat mendisposisikan naskah</translation>
    </message>
    <message>
        <source>Disposisi hanya dapat dikirim atas nama Anda sendiri</source>
        <translation>Disposisi hanya dapat dikirim atas nama Anda sendiri</translation>
    </message>
    <message>
        <source>Disposisi baru belum dibaca, belum dibatalkan dan belum selesai</source>
        <translation>Disposisi baru belum dibaca, belum dibatalkan dan belum selesai</translation>
    </message>
    <message>
        <source>Anda tidak dapat mendisposisikan naskah kepada diri sendiri</source>
        <translation>Anda tidak dapat mendisposisikan naskah kepada diri sendiri</translation>
    </message>
    <message>
        <source>Disposisi induk tidak valid</source>
        <translation>Disposisi induk tidak valid</translation>
    </message>
    <message>
        <source>Disposisi yang diteruskan tidak ditujukan kepada Anda atau telah dibatalkan</source>
        <translation>Disposisi yang diteruskan tidak ditujukan kepada Anda atau telah dibatalkan</translation>
    </message>
    <message>
        <source>Naskah yang didisposisikan tidak ditemukan</source>
        <translation>Naskah yang didisposisikan tidak ditemukan</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan naskah melebihi izin akses Anda</source>
        <translation>Klasifikasi keamanan naskah melebihi izin akses Anda</translation>
    </message>
    <message>
        <source>Anda hanya dapat mendisposisikan naskah unit Anda atau naskah yang didisposisikan kepada Anda</source>
        <translation>Anda hanya dapat mendisposisikan naskah unit Anda atau naskah yang didisposisikan kepada Anda</translation>
    </message>
    <message>
        <source>Pilih sekurang-kurangnya satu petunjuk disposisi</source>
        <translation>Pilih sekurang-kurangnya satu petunjuk disposisi</translation>
    </message>
    <message>
        <source>Petunjuk disposisi %1 tidak dikenal</source>
        <translation>Petunjuk disposisi %1 tidak dikenal</translation>
    </message>
    <message>
        <source>Batas waktu harus berbentuk TTTT-BB-HH</source>
        <translation>Batas waktu harus berbentuk TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Batas waktu disposisi tidak boleh sebelum hari ini</source>
        <translation>Batas waktu disposisi tidak boleh sebelum hari ini</translation>
    </message>
    <message>
        <source>Penerima disposisi tidak aktif</source>
        <translation>Penerima disposisi tidak aktif</translation>
    </message>
    <message>
        <source>%1 tidak memiliki izin akses untuk naskah berklasifikasi %2</source>
        <translation>%1 tidak memiliki izin akses untuk naskah berklasifikasi %2</translation>
    </message>
    <message>
        <source>Penerima disposisi tidak ditemukan dalam direktori</source>
        <translation>Penerima disposisi tidak ditemukan dalam direktori</translation>
    </message>
    <message>
        <source>Penerima disposisi harus berada di unit Anda atau unit di bawahnya</source>
        <translation>Penerima disposisi harus berada di unit Anda atau unit di bawahnya</translation>
    </message>
    <message>
        <source>Hanya pengirim dan penerima disposisi yang dapat mengubahnya</source>
        <translation>Hanya pengirim dan penerima disposisi yang dapat mengubahnya</translation>
    </message>
    <message>
        <source>Isi disposisi tidak dapat diubah; batalkan dan kirim disposisi baru</source>
        <translation>Isi disposisi tidak dapat diubah; batalkan dan kirim disposisi baru</translation>
    </message>
    <message>
        <source>Hanya pengirim yang dapat membatalkan disposisi</source>
        <translation>Hanya pengirim yang dapat membatalkan disposisi</translation>
    </message>
    <message>
        <source>Disposisi sudah dibaca penerima dan tidak dapat dibatalkan lagi</source>
        <translation>Disposisi sudah dibaca penerima dan tidak dapat dibatalkan lagi</translation>
    </message>
    <message>
        <source>Hanya penerima yang dapat mencatat tindak lanjut disposisi</source>
        <translation>Hanya penerima yang dapat mencatat tindak lanjut disposisi</translation>
    </message>
    <message>
        <source>Hanya penerima yang dapat menandai disposisi dibaca atau selesai</source>
        <translation>Hanya penerima yang dapat menandai disposisi dibaca atau selesai</translation>
    </message>
    <message>
        <source>Tindak lanjut yang sudah tercatat tidak dapat diubah</source>
        <translation>Tindak lanjut yang sudah tercatat tidak dapat diubah</translation>
    </message>
    <message>
        <source>Disposisi ini telah dibatalkan oleh pengirimnya</source>
        <translation>Disposisi ini telah dibatalkan oleh pengirimnya</translation>
    </message>
    <message>
        <source>Catatan tindak lanjut wajib diisi, paling banyak %1 karakter</source>
        <translation>Catatan tindak lanjut wajib diisi, paling banyak %1 karakter</translation>
    </message>
</context>
<context>
    <name>lontar::records::FilingDialog</name>
    <message>
        <source>Berkaskan naskah</source>
        <translation>Berkaskan naskah</translation>
    </message>
    <message>
        <source>Uraian berkas baru, misalnya: Perjalanan dinas 2026</source>
        <translation>Uraian berkas baru, misalnya: Perjalanan dinas 2026</translation>
    </message>
    <message>
        <source>Nyatakan sebagai arsip (isi naskah dikunci, perubahan metadata dicatat)</source>
        <translation>Nyatakan sebagai arsip (isi naskah dikunci, perubahan metadata dicatat)</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Uraian berkas baru</source>
        <translation>Uraian berkas baru</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Naskah %1 — %2 (klasifikasi %3)</source>
        <translation>Naskah %1 — %2 (klasifikasi %3)</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>Isi kode klasifikasi naskah dahulu: berkas disusun menurut klasifikasi.</source>
        <translation>Isi kode klasifikasi naskah dahulu: berkas disusun menurut klasifikasi.</translation>
    </message>
    <message>
        <source>(buat berkas baru)</source>
        <translation>(buat berkas baru)</translation>
    </message>
    <message>
        <source>(tetap di berkas sekarang)</source>
        <translation>(tetap di berkas sekarang)</translation>
    </message>
    <message>
        <source>%1 · No. %2 · %3 (dibuka %4)</source>
        <translation>%1 · No. %2 · %3 (dibuka %4)</translation>
    </message>
    <message>
        <source>Pilih berkas yang ada atau tulis uraian berkas baru.</source>
        <translation>Pilih berkas yang ada atau tulis uraian berkas baru.</translation>
    </message>
    <message>
        <source>Naskah ini sudah dinyatakan sebagai arsip; pernyataan tidak dapat dicabut.</source>
        <translation>Naskah ini sudah dinyatakan sebagai arsip; pernyataan tidak dapat dicabut.</translation>
    </message>
</context>
<context>
    <name>lontar::records::FilingPolicy</name>
    <message>
        <source>Diusulkan</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Dilaksanakan</source>
        <translation>Dilaksanakan</translation>
    </message>
    <message>
        <source>Hanya pencatat surat atau arsiparis yang dapat mengelola berkas</source>
        <translation>Hanya pencatat surat atau arsiparis yang dapat mengelola berkas</translation>
    </message>
    <message>
        <source>Berkas tidak dihapus; penyusutan mengikuti JRA</source>
        <translation>Berkas tidak dihapus; penyusutan mengikuti JRA</translation>
    </message>
    <message>
        <source>Unit dan pembuat berkas tidak dapat diubah atau diatasnamakan orang lain</source>
        <translation>Unit dan pembuat berkas tidak dapat diubah atau diatasnamakan orang lain</translation>
    </message>
    <message>
        <source>Berkas hanya dapat dibuat di unit Anda atau unit di bawahnya</source>
        <translation>Berkas hanya dapat dibuat di unit Anda atau unit di bawahnya</translation>
    </message>
    <message>
        <source>Kode klasifikasi %1 tidak valid (contoh: 000.1.2)</source>
        <translation>Kode klasifikasi %1 tidak valid (contoh: 000.1.2)</translation>
    </message>
    <message>
        <source>Uraian berkas wajib diisi</source>
        <translation>Uraian berkas wajib diisi</translation>
    </message>
    <message>
        <source>Nomor berkas harus 1 sampai 999999</source>
        <translation>Nomor berkas harus 1 sampai 999999</translation>
    </message>
    <message>
        <source>Tanggal dibuka harus berbentuk TTTT-BB-HH</source>
        <translation>Tanggal dibuka harus berbentuk TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Tanggal pada berkas harus berbentuk TTTT-BB-HH</source>
        <translation>Tanggal pada berkas harus berbentuk TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Tanggal %1 belum terjadi</source>
        <translation>Tanggal %1 belum terjadi</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditutup sebelum dibuka</source>
        <translation>Berkas tidak dapat ditutup sebelum dibuka</translation>
    </message>
    <message>
        <source>Berkas baru selalu aktif, tanpa penahanan atau usul musnah</source>
        <translation>Berkas baru selalu aktif, tanpa penahanan atau usul musnah</translation>
    </message>
    <message>
        <source>Tanggal peristiwa retensi hanya dicatat oleh arsiparis</source>
        <translation>Tanggal peristiwa retensi hanya dicatat oleh arsiparis</translation>
    </message>
    <message>
        <source>Kode klasifikasi %1 belum ada dalam pola klasifikasi</source>
        <translation>Kode klasifikasi %1 belum ada dalam pola klasifikasi</translation>
    </message>
    <message>
        <source>Berkas berstatus %1 tidak dapat diubah lagi</source>
        <translation>Berkas berstatus %1 tidak dapat diubah lagi</translation>
    </message>
    <message>
        <source>Kode klasifikasi, nomor dan tanggal dibuka berkas tidak dapat diubah</source>
        <translation>Kode klasifikasi, nomor dan tanggal dibuka berkas tidak dapat diubah</translation>
    </message>
    <message>
        <source>Berkas yang sudah ditutup tidak dapat dibuka kembali atau diubah tanggal tutupnya</source>
        <translation>Berkas yang sudah ditutup tidak dapat dibuka kembali atau diubah tanggal tutupnya</translation>
    </message>
    <message>
        <source>Berkas yang sedang diusulkan musnah tidak dapat diubah</source>
        <translation>Berkas yang sedang diusulkan musnah tidak dapat diubah</translation>
    </message>
    <message>
        <source>Usul musnah berkas hanya berubah bersama statusnya</source>
        <translation>Usul musnah berkas hanya berubah bersama statusnya</translation>
    </message>
    <message>
        <source>Penahanan berkas hanya dilakukan oleh arsiparis</source>
        <translation>Penahanan berkas hanya dilakukan oleh arsiparis</translation>
    </message>
    <message>
        <source>Sebutkan alasan penahanan (paling banyak 500 huruf)</source>
        <translation>Sebutkan alasan penahanan (paling banyak 500 huruf)</translation>
    </message>
    <message>
        <source>Penahanan berkas hanya dicabut oleh arsiparis</source>
        <translation>Penahanan berkas hanya dicabut oleh arsiparis</translation>
    </message>
    <message>
        <source>Sebutkan alasan pencabutan penahanan (paling banyak 500 huruf)</source>
        <translation>Sebutkan alasan pencabutan penahanan (paling banyak 500 huruf)</translation>
    </message>
    <message>
        <source>Status retensi berkas hanya diubah oleh arsiparis</source>
        <translation>Status retensi berkas hanya diubah oleh arsiparis</translation>
    </message>
    <message>
        <source>Berkas sedang ditahan (%1): tidak dapat diusulkan musnah atau dimusnahkan</source>
        <translation>Berkas sedang ditahan (%1): tidak dapat diusulkan musnah atau dimusnahkan</translation>
    </message>
    <message>
        <source>Kode %1 tidak punya baris JRA: berkas tetap disimpan sampai JRA ditetapkan</source>
        <translation>Kode %1 tidak punya baris JRA: berkas tetap disimpan sampai JRA ditetapkan</translation>
    </message>
    <message>
        <source>Masa retensi berkas menunggu peristiwa: %1</source>
        <translation>Masa retensi berkas menunggu peristiwa: %1</translation>
    </message>
    <message>
        <source>Berkas belum ditutup: masa retensinya belum berjalan</source>
        <translation>Berkas belum ditutup: masa retensinya belum berjalan</translation>
    </message>
    <message>
        <source>Berkas ini tidak tercantum dalam daftar usul musnah yang %1</source>
        <translation>Berkas ini tidak tercantum dalam daftar usul musnah yang %1</translation>
    </message>
    <message>
        <source>Masa aktif berkas baru berakhir %1</source>
        <translation>Masa aktif berkas baru berakhir %1</translation>
    </message>
    <message>
        <source>Berkas sedang ditahan: tidak dapat diusulkan musnah</source>
        <translation>Berkas sedang ditahan: tidak dapat diusulkan musnah</translation>
    </message>
    <message>
        <source>Keterangan JRA berkas ini %1, bukan musnah</source>
        <translation>Keterangan JRA berkas ini %1, bukan musnah</translation>
    </message>
    <message>
        <source>Masa retensi berkas baru berakhir %1</source>
        <translation>Masa retensi berkas baru berakhir %1</translation>
    </message>
    <message>
        <source>Berkas sedang ditahan: tidak dapat dimusnahkan</source>
        <translation>Berkas sedang ditahan: tidak dapat dimusnahkan</translation>
    </message>
    <message>
        <source>Usul musnah berkas ini masih berjalan</source>
        <translation>Usul musnah berkas ini masih berjalan</translation>
    </message>
    <message>
        <source>Keterangan JRA berkas ini %1</source>
        <translation>Keterangan JRA berkas ini %1</translation>
    </message>
    <message>
        <source>Status berkas tidak dapat berubah dari %1 ke %2</source>
        <translation>Status berkas tidak dapat berubah dari %1 ke %2</translation>
    </message>
    <message>
        <source>Daftar usul musnah tidak dihapus; tolak saja</source>
        <translation>Daftar usul musnah tidak dihapus; tolak saja</translation>
    </message>
    <message>
        <source>Pengusul dan unit daftar usul musnah tidak dapat diatasnamakan orang lain</source>
        <translation>Pengusul dan unit daftar usul musnah tidak dapat diatasnamakan orang lain</translation>
    </message>
    <message>
        <source>Daftar usul musnah tidak boleh kosong</source>
        <translation>Daftar usul musnah tidak boleh kosong</translation>
    </message>
    <message>
        <source>Daftar usul musnah memuat berkas yang tidak valid atau ganda</source>
        <translation>Daftar usul musnah memuat berkas yang tidak valid atau ganda</translation>
    </message>
    <message>
        <source>Berkas dalam daftar tidak ditemukan</source>
        <translation>Berkas dalam daftar tidak ditemukan</translation>
    </message>
    <message>
        <source>Berkas %1 bukan milik unit daftar ini</source>
        <translation>Berkas %1 bukan milik unit daftar ini</translation>
    </message>
    <message>
        <source>Berkas %1 sedang ditahan (%2): tidak dapat dimusnahkan</source>
        <translation>Berkas %1 sedang ditahan (%2): tidak dapat dimusnahkan</translation>
    </message>
    <message>
        <source>Berkas %1 berstatus %2</source>
        <translation>Berkas %1 berstatus %2</translation>
    </message>
    <message>
        <source>Berkas %1 tanpa JRA: tidak pernah dimusnahkan</source>
        <translation>Berkas %1 tanpa JRA: tidak pernah dimusnahkan</translation>
    </message>
    <message>
        <source>Berkas %1: keterangan JRA %2, bukan musnah</source>
        <translation>Berkas %1: keterangan JRA %2, bukan musnah</translation>
    </message>
    <message>
        <source>Berkas %1 belum waktunya dimusnahkan (retensi berakhir %2)</source>
        <translation>Berkas %1 belum waktunya dimusnahkan (retensi berakhir %2)</translation>
    </message>
    <message>
        <source>Berkas %1: masa retensinya belum berjalan</source>
        <translation>Berkas %1: masa retensinya belum berjalan</translation>
    </message>
    <message>
        <source>Berkas %1 tidak lagi berstatus diusulkan musnah dalam daftar ini</source>
        <translation>Berkas %1 tidak lagi berstatus diusulkan musnah dalam daftar ini</translation>
    </message>
    <message>
        <source>Daftar usul musnah hanya dibuat oleh arsiparis</source>
        <translation>Daftar usul musnah hanya dibuat oleh arsiparis</translation>
    </message>
    <message>
        <source>Daftar usul musnah baru selalu berstatus diusulkan</source>
        <translation>Daftar usul musnah baru selalu berstatus diusulkan</translation>
    </message>
    <message>
        <source>Isi daftar usul musnah tidak dapat diubah; buat daftar baru</source>
        <translation>Isi daftar usul musnah tidak dapat diubah; buat daftar baru</translation>
    </message>
    <message>
        <source>Daftar usul musnah yang %1 tidak dapat diubah lagi</source>
        <translation>Daftar usul musnah yang %1 tidak dapat diubah lagi</translation>
    </message>
    <message>
        <source>Hanya arsiparis yang dapat mengubah keterangan daftar usul musnah</source>
        <translation>Hanya arsiparis yang dapat mengubah keterangan daftar usul musnah</translation>
    </message>
    <message>
        <source>Usul musnah disetujui oleh pimpinan unit pencipta arsipnya</source>
        <translation>Usul musnah disetujui oleh pimpinan unit pencipta arsipnya</translation>
    </message>
    <message>
        <source>Pengusul tidak dapat menyetujui usulnya sendiri</source>
        <translation>Pengusul tidak dapat menyetujui usulnya sendiri</translation>
    </message>
    <message>
        <source>Pemusnahan dilaksanakan oleh arsiparis</source>
        <translation>Pemusnahan dilaksanakan oleh arsiparis</translation>
    </message>
    <message>
        <source>Sebutkan tempat pelaksanaan pemusnahan</source>
        <translation>Sebutkan tempat pelaksanaan pemusnahan</translation>
    </message>
    <message>
        <source>Daftar usul musnah tidak dapat berubah dari %1 ke %2</source>
        <translation>Daftar usul musnah tidak dapat berubah dari %1 ke %2</translation>
    </message>
</context>
<context>
    <name>lontar::records::FilingRegister</name>
    <message>
        <source>Data tidak ditemukan</source>
        <translation>Data tidak ditemukan</translation>
    </message>
    <message>
        <source>Berkas sudah ditutup</source>
        <translation>Berkas sudah ditutup</translation>
    </message>
    <message>
        <source>Tanggal peristiwa tidak valid</source>
        <translation>Tanggal peristiwa tidak valid</translation>
    </message>
    <message>
        <source>Berkas tidak sedang ditahan</source>
        <translation>Berkas tidak sedang ditahan</translation>
    </message>
    <message>
        <source>Naskah sudah dinyatakan sebagai arsip</source>
        <translation>Naskah sudah dinyatakan sebagai arsip</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan</source>
        <translation>Berkas tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>lontar::records::ImportDialog</name>
    <message>
        <source>Impor naskah masuk</source>
        <translation>Impor naskah masuk</translation>
    </message>
    <message>
        <source>%v dari %m berkas</source>
        <translation>%v dari %m berkas</translation>
    </message>
    <message>
        <source>Berkas yang ditolak</source>
        <translation>Berkas yang ditolak</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Batalkan impor</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>Menyiapkan %n berkas…</source>
        <translation>
            <numerusform>Menyiapkan %n berkas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Membatalkan… berkas yang sedang dibaca tidak disimpan.</source>
        <translation>Membatalkan… berkas yang sedang dibaca tidak disimpan.</translation>
    </message>
    <message>
        <source>Berkas %1 dari %2: %3 — %4</source>
        <translation>Berkas %1 dari %2: %3 — %4</translation>
    </message>
    <message>
        <source>tercatat %1</source>
        <translation>tercatat %1</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Impor tidak dapat dijalankan: %1</source>
        <translation>Impor tidak dapat dijalankan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n naskah tercatat.</source>
        <translation>
            <numerusform>%n naskah tercatat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n berkas ditolak; alasannya di bawah. Perbaiki berkasnya lalu impor lagi.</source>
        <translation>
            <numerusform>%n berkas ditolak; alasannya di bawah. Perbaiki berkasnya lalu impor lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impor dibatalkan: %n berkas belum diproses dan tidak disimpan.</source>
        <translation>
            <numerusform>Impor dibatalkan: %n berkas belum diproses dan tidak disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Selesai.</source>
        <translation>Selesai.</translation>
    </message>
</context>
<context>
    <name>lontar::records::InboxWidget</name>
    <message>
        <source>Disposisi belum dibaca</source>
        <translation>Disposisi belum dibaca</translation>
    </message>
    <message>
        <source>Disposisi belum selesai</source>
        <translation>Disposisi belum selesai</translation>
    </message>
    <message>
        <source>Naskah menunggu disposisi</source>
        <translation>Naskah menunggu disposisi</translation>
    </message>
    <message>
        <source>Menunggu paraf saya</source>
        <translation>Menunggu paraf saya</translation>
    </message>
    <message>
        <source>Menunggu tanda tangan saya</source>
        <translation>Menunggu tanda tangan saya</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Petunjuk</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kepada</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Belum ada disposisi untuk Anda.
Disposisi dari atasan muncul di sini setelah sinkronisasi dengan server.</source>
        <translation>Belum ada disposisi untuk Anda.
Disposisi dari atasan muncul di sini setelah sinkronisasi dengan server.</translation>
    </message>
    <message>
        <source>Anda belum mengirim disposisi.
Buka naskah masuk, lalu pilih &quot;Disposisikan…&quot;.</source>
        <translation>Anda belum mengirim disposisi.
Buka naskah masuk, lalu pilih &quot;Disposisikan…&quot;.</translation>
    </message>
    <message>
        <source>Hanya atasan yang mengirim disposisi.</source>
        <translation>Hanya atasan yang mengirim disposisi.</translation>
    </message>
    <message>
        <source>Disposisi masuk</source>
        <translation>Disposisi masuk</translation>
    </message>
    <message>
        <source>Disposisi keluar</source>
        <translation>Disposisi keluar</translation>
    </message>
    <message>
        <source>Pilih disposisi untuk melihat rinciannya.</source>
        <translation>Pilih disposisi untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Lihat berkas naskah</source>
        <translation>Lihat berkas naskah</translation>
    </message>
    <message>
        <source>Catat tindak lanjut…</source>
        <translation>Catat tindak lanjut…</translation>
    </message>
    <message>
        <source>Tandai selesai</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Teruskan ke bawahan…</source>
        <translation>Teruskan ke bawahan…</translation>
    </message>
    <message>
        <source>Batalkan disposisi</source>
        <translation>Batalkan disposisi</translation>
    </message>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>menunggu sinkronisasi</translation>
    </message>
    <message>
        <source>Dibatalkan pengirim</source>
        <translation>Dibatalkan pengirim</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Belum dibaca</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>Dibaca</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <source>Lewat batas waktu</source>
        <translation>Lewat batas waktu</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Dibaca %1</source>
        <translation>Dibaca %1</translation>
    </message>
    <message>
        <source>Disposisi yang sudah dibaca tidak dapat dibatalkan</source>
        <translation>Disposisi yang sudah dibaca tidak dapat dibatalkan</translation>
    </message>
    <message>
        <source>Nomor agenda</source>
        <translation>Nomor agenda</translation>
    </message>
    <message>
        <source>Nomor naskah</source>
        <translation>Nomor naskah</translation>
    </message>
    <message>
        <source>Pengirim naskah</source>
        <translation>Pengirim naskah</translation>
    </message>
    <message>
        <source>Tanggal naskah</source>
        <translation>Tanggal naskah</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Klasifikasi keamanan</translation>
    </message>
    <message>
        <source>Disposisi dari</source>
        <translation>Disposisi dari</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>belum dibaca</source>
        <translation>belum dibaca</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Belum ada catatan tindak lanjut.</source>
        <translation>Belum ada catatan tindak lanjut.</translation>
    </message>
    <message>
        <source>Tindak lanjut disposisi</source>
        <translation>Tindak lanjut disposisi</translation>
    </message>
    <message>
        <source>Apa yang sudah dikerjakan?</source>
        <translation>Apa yang sudah dikerjakan?</translation>
    </message>
    <message>
        <source>Berkas naskah</source>
        <translation>Berkas naskah</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Kiriman naskah menunggu dicatat</source>
        <translation>Kiriman naskah menunggu dicatat</translation>
    </message>
    <message>
        <source>Kiriman naskah</source>
        <translation>Kiriman naskah</translation>
    </message>
    <message>
        <source>Kiriman naskah (%1)</source>
        <translation>Kiriman naskah (%1)</translation>
    </message>
</context>
<context>
    <name>lontar::records::InstrumentImport</name>
    <message>
        <source>baris %1 (%2): %3
</source>
        <translation>baris %1 (%2): %3
</translation>
    </message>
    <message>
        <source>diimpor: %1 baru, %2 diubah, %3 tetap
</source>
        <translation>diimpor: %1 baru, %2 diubah, %3 tetap
</translation>
    </message>
    <message numerus="yes">
        <source>tidak ada yang diimpor: %n baris tidak valid
</source>
        <translation>
            <numerusform>tidak ada yang diimpor: %n baris tidak valid
</numerusform>
        </translation>
    </message>
    <message>
        <source>uji coba: %1 baru, %2 diubah, %3 tetap; tidak ada yang disimpan
</source>
        <translation>uji coba: %1 baru, %2 diubah, %3 tetap; tidak ada yang disimpan
</translation>
    </message>
    <message>
        <source>Berkas CSV terlalu besar</source>
        <translation>Berkas CSV terlalu besar</translation>
    </message>
    <message>
        <source>Kepala CSV klasifikasi harus memuat kolom kode dan nama (induk boleh)</source>
        <translation>Kepala CSV klasifikasi harus memuat kolom kode dan nama (induk boleh)</translation>
    </message>
    <message>
        <source>kode tidak valid (contoh: 000.1.2)</source>
        <translation>kode tidak valid (contoh: 000.1.2)</translation>
    </message>
    <message>
        <source>kode muncul lebih dari sekali</source>
        <translation>kode muncul lebih dari sekali</translation>
    </message>
    <message>
        <source>nama kosong</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <source>induk %1 tidak sesuai dengan kodenya (seharusnya %2)</source>
        <translation>induk %1 tidak sesuai dengan kodenya (seharusnya %2)</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>Kepala CSV JRA harus memuat kolom kode, aktif, inaktif dan keterangan</source>
        <translation>Kepala CSV JRA harus memuat kolom kode, aktif, inaktif dan keterangan</translation>
    </message>
    <message>
        <source>masa aktif dan inaktif harus tahun utuh 0 sampai 100</source>
        <translation>masa aktif dan inaktif harus tahun utuh 0 sampai 100</translation>
    </message>
    <message>
        <source>keterangan harus musnah, permanen atau dinilai kembali</source>
        <translation>keterangan harus musnah, permanen atau dinilai kembali</translation>
    </message>
    <message>
        <source>pangkal retensi harus akhir tahun atau peristiwa</source>
        <translation>pangkal retensi harus akhir tahun atau peristiwa</translation>
    </message>
    <message>
        <source>sebutkan peristiwa yang mengawali masa retensi</source>
        <translation>sebutkan peristiwa yang mengawali masa retensi</translation>
    </message>
    <message>
        <source>kolom peristiwa hanya untuk pangkal peristiwa</source>
        <translation>kolom peristiwa hanya untuk pangkal peristiwa</translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterForm</name>
    <message>
        <source>tidak diketahui</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Catat naskah masuk</source>
        <translation>Catat naskah masuk</translation>
    </message>
    <message numerus="yes">
        <source>Impor %n naskah masuk</source>
        <translation>
            <numerusform>Impor %n naskah masuk</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas: %1 — membaca isi berkas…</source>
        <translation>Berkas: %1 — membaca isi berkas…</translation>
    </message>
    <message>
        <source>mis. 000.1.5/123/BAPPEDA/2026</source>
        <translation>mis. 000.1.5/123/BAPPEDA/2026</translation>
    </message>
    <message>
        <source>Hal yang disebut surat</source>
        <translation>Hal yang disebut surat</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas PDF. Nomor, tanggal dan perihal dibaca dari kepala setiap surat; isian di bawah berlaku untuk semuanya.</source>
        <translation>
            <numerusform>%n berkas PDF. Nomor, tanggal dan perihal dibaca dari kepala setiap surat; isian di bawah berlaku untuk semuanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Tanggal surat</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <source>Instansi atau orang yang mengirim</source>
        <translation>Instansi atau orang yang mengirim</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan paling tinggi yang boleh Anda catat: %1.</source>
        <translation>Klasifikasi keamanan paling tinggi yang boleh Anda catat: %1.</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Klasifikasi keamanan</translation>
    </message>
    <message>
        <source>(belum diklasifikasi)</source>
        <translation>(belum diklasifikasi)</translation>
    </message>
    <message>
        <source>Kode klasifikasi</source>
        <translation>Kode klasifikasi</translation>
    </message>
    <message>
        <source>Tanggal diterima</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <source>Catat</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n halaman; isian di bawah ditebak dari kepala surat, periksa dulu.</source>
        <translation>
            <numerusform>%1 — %n halaman; isian di bawah ditebak dari kepala surat, periksa dulu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterImporter</name>
    <message>
        <source>Berkas ini sudah tercatat dengan nomor agenda %1</source>
        <translation>Berkas ini sudah tercatat dengan nomor agenda %1</translation>
    </message>
    <message>
        <source>Berkas berubah selama impor</source>
        <translation>Berkas berubah selama impor</translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterIndex</name>
    <message>
        <source>Tidak ada naskah di perangkat ini dengan berkas tersebut</source>
        <translation>Tidak ada naskah di perangkat ini dengan berkas tersebut</translation>
    </message>
    <message>
        <source>Berkas tidak sama dengan berkas naskah (isi berbeda)</source>
        <translation>Berkas tidak sama dengan berkas naskah (isi berbeda)</translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterRegister</name>
    <message>
        <source>Kode klasifikasi %1 tidak ada dalam pola klasifikasi</source>
        <translation>Kode klasifikasi %1 tidak ada dalam pola klasifikasi</translation>
    </message>
    <message>
        <source>Naskah tidak ditemukan</source>
        <translation>Naskah tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterView</name>
    <message>
        <source>Naskah masuk</source>
        <translation>Naskah masuk</translation>
    </message>
    <message>
        <source>Disposisikan…</source>
        <translation>Disposisikan…</translation>
    </message>
    <message>
        <source>Berkaskan…</source>
        <translation>Berkaskan…</translation>
    </message>
    <message>
        <source>Ubah klasifikasi keamanan…</source>
        <translation>Ubah klasifikasi keamanan…</translation>
    </message>
    <message>
        <source>Disposisi dan tindak lanjut</source>
        <translation>Disposisi dan tindak lanjut</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Naskah tidak tersedia</source>
        <translation>Naskah tidak tersedia</translation>
    </message>
    <message>
        <source>Naskah ini di atas klasifikasi keamanan Anda.</source>
        <translation>Naskah ini di atas klasifikasi keamanan Anda.</translation>
    </message>
    <message>
        <source>Naskah masuk %1 — %2</source>
        <translation>Naskah masuk %1 — %2</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Klasifikasi keamanan</translation>
    </message>
    <message>
        <source>Status naskah</source>
        <translation>Status naskah</translation>
    </message>
    <message>
        <source>Nomor agenda</source>
        <translation>Nomor agenda</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Tanggal surat</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Kode klasifikasi</source>
        <translation>Kode klasifikasi</translation>
    </message>
    <message>
        <source>belum diklasifikasi</source>
        <translation>belum diklasifikasi</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>tanpa berkas</source>
        <translation>tanpa berkas</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n halaman)</source>
        <translation>
            <numerusform>%1 (%2, %n halaman)</numerusform>
        </translation>
    </message>
    <message>
        <source>menunggu sinkronisasi dengan server</source>
        <translation>menunggu sinkronisasi dengan server</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan tidak diubah: %1</source>
        <translation>Klasifikasi keamanan tidak diubah: %1</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan diubah menjadi %1. Pembaca tanpa izin setingkat itu kehilangan naskah ini setelah sinkronisasi berikutnya.</source>
        <translation>Klasifikasi keamanan diubah menjadi %1. Pembaca tanpa izin setingkat itu kehilangan naskah ini setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Ubah klasifikasi keamanan</source>
        <translation>Ubah klasifikasi keamanan</translation>
    </message>
    <message>
        <source>Naskah yang dinaikkan klasifikasinya hilang dari perangkat pengguna yang tidak berwenang membacanya. Perubahan dicatat di log audit.</source>
        <translation>Naskah yang dinaikkan klasifikasinya hilang dari perangkat pengguna yang tidak berwenang membacanya. Perubahan dicatat di log audit.</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>lontar::records::LetterheadDialog</name>
    <message>
        <source>Kop surat</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Kop ini dicetak di atas setiap naskah keluar unit Anda. Alamat, telepon, pos-el dan laman disimpan di perangkat ini.</source>
        <translation>Kop ini dicetak di atas setiap naskah keluar unit Anda. Alamat, telepon, pos-el dan laman disimpan di perangkat ini.</translation>
    </message>
    <message>
        <source>Nama unit diambil dari direktori pegawai dan tidak diubah di sini.</source>
        <translation>Nama unit diambil dari direktori pegawai dan tidak diubah di sini.</translation>
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
        <translation>Ditulis sebelum tanggal naskah, misalnya &quot;Tanjung Lontar, 3 Maret 2026&quot;.</translation>
    </message>
    <message>
        <source>Pemerintah daerah</source>
        <translation>Pemerintah daerah</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Pos-el</source>
        <translation>Pos-el</translation>
    </message>
    <message>
        <source>Laman</source>
        <translation>Laman</translation>
    </message>
    <message>
        <source>Tempat penandatanganan</source>
        <translation>Tempat penandatanganan</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pratinjau&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pratinjau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contoh naskah</source>
        <translation>Contoh naskah</translation>
    </message>
    <message>
        <source>Kepala Perangkat Daerah</source>
        <translation>Kepala Perangkat Daerah</translation>
    </message>
    <message>
        <source>Isi naskah.</source>
        <translation>Isi naskah.</translation>
    </message>
    <message>
        <source>Pratinjau tidak dapat dibuat</source>
        <translation>Pratinjau tidak dapat dibuat</translation>
    </message>
</context>
<context>
    <name>lontar::records::LettersFormat</name>
    <message>
        <source>Januari</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>Desember</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 pukul %2</source>
        <translation>%1 pukul %2</translation>
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
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Didisposisikan (%1, %2 selesai)</source>
        <translation>Didisposisikan (%1, %2 selesai)</translation>
    </message>
    <message>
        <source>Didisposisikan (%1, %2 ditindaklanjuti)</source>
        <translation>Didisposisikan (%1, %2 ditindaklanjuti)</translation>
    </message>
    <message>
        <source>Didisposisikan (%1)</source>
        <translation>Didisposisikan (%1)</translation>
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
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Perihal</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Klasifikasi</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Keamanan</source>
        <translation>Keamanan</translation>
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
        <translation>Unduh berkas</translation>
    </message>
    <message>
        <source>Tanpa berkas</source>
        <translation>Tanpa berkas</translation>
    </message>
    <message>
        <source>Naskah ini dicatat tanpa berkas PDF.</source>
        <translation>Naskah ini dicatat tanpa berkas PDF.</translation>
    </message>
    <message numerus="yes">
        <source>%n halaman</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas PDF naskah ini belum ada di perangkat ini.</source>
        <translation>Berkas PDF naskah ini belum ada di perangkat ini.</translation>
    </message>
    <message>
        <source>Perangkat ini tidak tersambung ke server, jadi berkas belum dapat diunduh. Sambungkan sinkronisasi lalu coba lagi.</source>
        <translation>Perangkat ini tidak tersambung ke server, jadi berkas belum dapat diunduh. Sambungkan sinkronisasi lalu coba lagi.</translation>
    </message>
    <message>
        <source>Mengunduh berkas dari server…</source>
        <translation>Mengunduh berkas dari server…</translation>
    </message>
    <message>
        <source>Menunggu koneksi ke server; berkas diunduh begitu tersambung (%1).</source>
        <translation>Menunggu koneksi ke server; berkas diunduh begitu tersambung (%1).</translation>
    </message>
    <message>
        <source>Berkas tidak dapat diunduh: %1</source>
        <translation>Berkas tidak dapat diunduh: %1</translation>
    </message>
    <message>
        <source>Menampilkan halaman…</source>
        <translation>Menampilkan halaman…</translation>
    </message>
    <message>
        <source>Berkas PDF tidak dapat dibuka; mungkin rusak.</source>
        <translation>Berkas PDF tidak dapat dibuka; mungkin rusak.</translation>
    </message>
    <message>
        <source>Halaman %1 tidak dapat ditampilkan</source>
        <translation>Halaman %1 tidak dapat ditampilkan</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>lontar::records::LettersTab</name>
    <message>
        <source>Cari perihal, pengirim, nomor, atau isi naskah…</source>
        <translation>Cari perihal, pengirim, nomor, atau isi naskah…</translation>
    </message>
    <message>
        <source>Impor PDF…</source>
        <translation>Impor PDF…</translation>
    </message>
    <message>
        <source>Catat satu atau beberapa berkas PDF sebagai naskah masuk</source>
        <translation>Catat satu atau beberapa berkas PDF sebagai naskah masuk</translation>
    </message>
    <message>
        <source>Impor folder…</source>
        <translation>Impor folder…</translation>
    </message>
    <message>
        <source>Catat semua berkas PDF dalam satu folder (termasuk subfolder)</source>
        <translation>Catat semua berkas PDF dalam satu folder (termasuk subfolder)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Semua klasifikasi</source>
        <translation>Semua klasifikasi</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>Unit pencatat naskah</source>
        <translation>Unit pencatat naskah</translation>
    </message>
    <message>
        <source>Semua kelas keamanan</source>
        <translation>Semua kelas keamanan</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Hapus filter</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Pencarian gagal: %1</source>
        <translation>Pencarian gagal: %1</translation>
    </message>
    <message>
        <source>Tidak ada naskah yang cocok.
Coba kata lain, atau hapus sebagian filter.</source>
        <translation>Tidak ada naskah yang cocok.
Coba kata lain, atau hapus sebagian filter.</translation>
    </message>
    <message>
        <source>Belum ada naskah masuk.
Impor PDF surat yang diterima dengan tombol “Impor PDF…” atau “Impor folder…”.</source>
        <translation>Belum ada naskah masuk.
Impor PDF surat yang diterima dengan tombol “Impor PDF…” atau “Impor folder…”.</translation>
    </message>
    <message>
        <source>Belum ada naskah masuk yang dapat Anda baca.
Naskah dari unit Anda muncul di sini setelah dicatat oleh pencatat surat dan disinkronkan.</source>
        <translation>Belum ada naskah masuk yang dapat Anda baca.
Naskah dari unit Anda muncul di sini setelah dicatat oleh pencatat surat dan disinkronkan.</translation>
    </message>
    <message>
        <source>Tidak ada yang cocok</source>
        <translation>Tidak ada yang cocok</translation>
    </message>
    <message>
        <source>Belum ada naskah</source>
        <translation>Belum ada naskah</translation>
    </message>
    <message>
        <source>%1 naskah teratas ditampilkan; persempit pencarian untuk melihat yang lain</source>
        <translation>%1 naskah teratas ditampilkan; persempit pencarian untuk melihat yang lain</translation>
    </message>
    <message numerus="yes">
        <source>%n naskah</source>
        <translation>
            <numerusform>%n naskah</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih berkas PDF naskah masuk</source>
        <translation>Pilih berkas PDF naskah masuk</translation>
    </message>
    <message>
        <source>Berkas PDF (*.pdf *.PDF)</source>
        <translation>Berkas PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <source>Pilih folder berisi PDF naskah masuk</source>
        <translation>Pilih folder berisi PDF naskah masuk</translation>
    </message>
    <message>
        <source>Tidak ada berkas PDF di folder %1.</source>
        <translation>Tidak ada berkas PDF di folder %1.</translation>
    </message>
</context>
<context>
    <name>lontar::records::NumberBlocks</name>
    <message>
        <source>Perangkat ini belum terdaftar di server; nomor naskah dipesan dari server</source>
        <translation>Perangkat ini belum terdaftar di server; nomor naskah dipesan dari server</translation>
    </message>
    <message>
        <source>Naskah ini sudah bernomor di buku lain</source>
        <translation>Naskah ini sudah bernomor di buku lain</translation>
    </message>
    <message>
        <source>Perangkat ini belum memegang blok nomor naskah tahun %1 dari server. Sambungkan ke jaringan dan sinkronkan untuk memesan nomor.</source>
        <translation>Perangkat ini belum memegang blok nomor naskah tahun %1 dari server. Sambungkan ke jaringan dan sinkronkan untuk memesan nomor.</translation>
    </message>
    <message>
        <source>Nomor naskah tahun %1 yang dipegang perangkat ini sudah habis. Sambungkan ke jaringan dan sinkronkan untuk memesan blok nomor baru.</source>
        <translation>Nomor naskah tahun %1 yang dipegang perangkat ini sudah habis. Sambungkan ke jaringan dan sinkronkan untuk memesan blok nomor baru.</translation>
    </message>
    <message>
        <source>Sebutkan alasan pembatalan nomor</source>
        <translation>Sebutkan alasan pembatalan nomor</translation>
    </message>
    <message>
        <source>Naskah ini belum bernomor</source>
        <translation>Naskah ini belum bernomor</translation>
    </message>
    <message>
        <source>Perangkat ini belum memegang nomor agenda naskah masuk tahun %1 dari server, jadi naskah ini belum dicatat. Sambungkan perangkat ke jaringan dan sinkronkan sekali untuk memesan nomor agenda, lalu catat lagi.</source>
        <translation>Perangkat ini belum memegang nomor agenda naskah masuk tahun %1 dari server, jadi naskah ini belum dicatat. Sambungkan perangkat ke jaringan dan sinkronkan sekali untuk memesan nomor agenda, lalu catat lagi.</translation>
    </message>
    <message>
        <source>Nomor agenda naskah masuk tahun %1 yang dipegang perangkat ini sudah habis, jadi naskah ini belum dicatat. Sambungkan perangkat ke jaringan dan sinkronkan sekali untuk memesan nomor agenda baru, lalu catat lagi.</source>
        <translation>Nomor agenda naskah masuk tahun %1 yang dipegang perangkat ini sudah habis, jadi naskah ini belum dicatat. Sambungkan perangkat ke jaringan dan sinkronkan sekali untuk memesan nomor agenda baru, lalu catat lagi.</translation>
    </message>
    <message>
        <source>Nomor agenda %1 di luar batas</source>
        <translation>Nomor agenda %1 di luar batas</translation>
    </message>
</context>
<context>
    <name>lontar::records::NumberingPolicy</name>
    <message>
        <source>Perangkat ini belum terdaftar di server</source>
        <translation>Perangkat ini belum terdaftar di server</translation>
    </message>
    <message>
        <source>%1 hanya dapat dicatat untuk perangkat dan akun Anda sendiri</source>
        <translation>%1 hanya dapat dicatat untuk perangkat dan akun Anda sendiri</translation>
    </message>
    <message>
        <source>Blok nomor naskah tidak dapat dihapus</source>
        <translation>Blok nomor naskah tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Blok nomor naskah tidak dapat diubah setelah dipesan</source>
        <translation>Blok nomor naskah tidak dapat diubah setelah dipesan</translation>
    </message>
    <message>
        <source>Blok nomor</source>
        <translation>Blok nomor</translation>
    </message>
    <message>
        <source>Anda tidak berwenang memesan nomor naskah untuk unit ini</source>
        <translation>Anda tidak berwenang memesan nomor naskah untuk unit ini</translation>
    </message>
    <message>
        <source>Nomor naskah hanya dipesan untuk tahun %1 sampai %2</source>
        <translation>Nomor naskah hanya dipesan untuk tahun %1 sampai %2</translation>
    </message>
    <message>
        <source>Urutan blok nomor di luar batas</source>
        <translation>Urutan blok nomor di luar batas</translation>
    </message>
    <message>
        <source>Blok ke-%1 harus berisi nomor %2 sampai %3</source>
        <translation>Blok ke-%1 harus berisi nomor %2 sampai %3</translation>
    </message>
    <message>
        <source>Blok nomor sebelumnya belum dipesan; sinkronkan lalu pesan lagi</source>
        <translation>Blok nomor sebelumnya belum dipesan; sinkronkan lalu pesan lagi</translation>
    </message>
    <message>
        <source>Perangkat ini masih memegang %1 nomor yang belum dipakai</source>
        <translation>Perangkat ini masih memegang %1 nomor yang belum dipakai</translation>
    </message>
    <message>
        <source>Catatan nomor naskah tidak dapat dihapus</source>
        <translation>Catatan nomor naskah tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Catatan nomor naskah tidak dapat diubah; batalkan nomornya dengan alasan</source>
        <translation>Catatan nomor naskah tidak dapat diubah; batalkan nomornya dengan alasan</translation>
    </message>
    <message>
        <source>Pemakaian nomor</source>
        <translation>Pemakaian nomor</translation>
    </message>
    <message>
        <source>Blok nomor ini belum dikonfirmasi server</source>
        <translation>Blok nomor ini belum dikonfirmasi server</translation>
    </message>
    <message>
        <source>Unit dan tahun nomor harus sama dengan bloknya</source>
        <translation>Unit dan tahun nomor harus sama dengan bloknya</translation>
    </message>
    <message>
        <source>Anda tidak berwenang memberi nomor naskah unit ini</source>
        <translation>Anda tidak berwenang memberi nomor naskah unit ini</translation>
    </message>
    <message>
        <source>Nomor %1 tidak termasuk blok ini</source>
        <translation>Nomor %1 tidak termasuk blok ini</translation>
    </message>
    <message>
        <source>Kode catatan nomor tidak sesuai dengan blok dan nomornya</source>
        <translation>Kode catatan nomor tidak sesuai dengan blok dan nomornya</translation>
    </message>
    <message>
        <source>Nomor %1 termasuk blok perangkat lain</source>
        <translation>Nomor %1 termasuk blok perangkat lain</translation>
    </message>
    <message>
        <source>Alasan hanya untuk nomor yang dibatalkan</source>
        <translation>Alasan hanya untuk nomor yang dibatalkan</translation>
    </message>
    <message>
        <source>Nomor %1 belum dipakai naskah ini, jadi tidak dapat dibatalkan</source>
        <translation>Nomor %1 belum dipakai naskah ini, jadi tidak dapat dibatalkan</translation>
    </message>
    <message>
        <source>Nomor %1 hanya dapat dibatalkan oleh pemakainya</source>
        <translation>Nomor %1 hanya dapat dibatalkan oleh pemakainya</translation>
    </message>
    <message>
        <source>Sebutkan alasan pembatalan nomor %1</source>
        <translation>Sebutkan alasan pembatalan nomor %1</translation>
    </message>
    <message>
        <source>Naskah ini sudah bernomor</source>
        <translation>Naskah ini sudah bernomor</translation>
    </message>
    <message>
        <source>Nomor %1 sudah dibatalkan</source>
        <translation>Nomor %1 sudah dibatalkan</translation>
    </message>
    <message>
        <source>Anda tidak berwenang memesan nomor agenda naskah masuk untuk unit ini</source>
        <translation>Anda tidak berwenang memesan nomor agenda naskah masuk untuk unit ini</translation>
    </message>
    <message>
        <source>Kode blok nomor tidak sesuai dengan unit, tahun, buku dan urutannya</source>
        <translation>Kode blok nomor tidak sesuai dengan unit, tahun, buku dan urutannya</translation>
    </message>
    <message>
        <source>Nomor agenda %1 bukan nomor dari blok nomor agenda unit ini tahun %2 yang dikonfirmasi server</source>
        <translation>Nomor agenda %1 bukan nomor dari blok nomor agenda unit ini tahun %2 yang dikonfirmasi server</translation>
    </message>
    <message>
        <source>Nomor agenda %1 termasuk blok perangkat lain</source>
        <translation>Nomor agenda %1 termasuk blok perangkat lain</translation>
    </message>
    <message>
        <source>Nomor agenda %1 belum tercatat dipakai</source>
        <translation>Nomor agenda %1 belum tercatat dipakai</translation>
    </message>
    <message>
        <source>Nomor agenda %1 sudah dipakai naskah lain</source>
        <translation>Nomor agenda %1 sudah dipakai naskah lain</translation>
    </message>
    <message>
        <source>Nomor agenda %1 sudah dibatalkan</source>
        <translation>Nomor agenda %1 sudah dibatalkan</translation>
    </message>
    <message>
        <source>Nomor %1 bukan nomor dari blok nomor naskah unit ini tahun %2 yang dikonfirmasi server</source>
        <translation>Nomor %1 bukan nomor dari blok nomor naskah unit ini tahun %2 yang dikonfirmasi server</translation>
    </message>
    <message>
        <source>Nomor %1 belum tercatat dipakai</source>
        <translation>Nomor %1 belum tercatat dipakai</translation>
    </message>
    <message>
        <source>Nomor %1 sudah dipakai naskah lain</source>
        <translation>Nomor %1 sudah dipakai naskah lain</translation>
    </message>
</context>
<context>
    <name>lontar::records::Outgoing</name>
    <message>
        <source>Surat dinas</source>
        <translation>Surat dinas</translation>
    </message>
    <message>
        <source>Nota dinas</source>
        <translation>Nota dinas</translation>
    </message>
    <message>
        <source>Surat undangan</source>
        <translation>Surat undangan</translation>
    </message>
    <message>
        <source>Konsep</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Menunggu paraf</source>
        <translation>Menunggu paraf</translation>
    </message>
    <message>
        <source>Menunggu tanda tangan</source>
        <translation>Menunggu tanda tangan</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Dikembalikan</translation>
    </message>
</context>
<context>
    <name>lontar::records::OutgoingDesk</name>
    <message>
        <source>Tidak dapat menulis berkas sementara: %1</source>
        <translation>Tidak dapat menulis berkas sementara: %1</translation>
    </message>
    <message>
        <source>Naskah keluar tidak ditemukan</source>
        <translation>Naskah keluar tidak ditemukan</translation>
    </message>
    <message>
        <source>Naskah ini sudah diajukan</source>
        <translation>Naskah ini sudah diajukan</translation>
    </message>
    <message>
        <source>Naskah ini tidak menunggu paraf Anda</source>
        <translation>Naskah ini tidak menunggu paraf Anda</translation>
    </message>
    <message>
        <source>Tuliskan alasan pengembalian untuk penyusun</source>
        <translation>Tuliskan alasan pengembalian untuk penyusun</translation>
    </message>
    <message>
        <source>Naskah ini tidak menunggu paraf atau tanda tangan Anda</source>
        <translation>Naskah ini tidak menunggu paraf atau tanda tangan Anda</translation>
    </message>
    <message>
        <source>Naskah ini belum siap ditandatangani</source>
        <translation>Naskah ini belum siap ditandatangani</translation>
    </message>
    <message>
        <source>Hanya penandatangan yang ditunjuk yang dapat menandatangani naskah ini</source>
        <translation>Hanya penandatangan yang ditunjuk yang dapat menandatangani naskah ini</translation>
    </message>
    <message>
        <source>Naskah dinas %1</source>
        <translation>Naskah dinas %1</translation>
    </message>
    <message>
        <source>Hanya naskah yang sudah ditandatangani yang dapat dikirim</source>
        <translation>Hanya naskah yang sudah ditandatangani yang dapat dikirim</translation>
    </message>
    <message>
        <source>Pemerintah Kabupaten</source>
        <translation>Pemerintah Kabupaten</translation>
    </message>
    <message>
        <source>Naskah ini belum ditandatangani</source>
        <translation>Naskah ini belum ditandatangani</translation>
    </message>
    <message>
        <source>Berkas naskah bertanda tangan belum diunduh ke perangkat ini</source>
        <translation>Berkas naskah bertanda tangan belum diunduh ke perangkat ini</translation>
    </message>
    <message>
        <source>Telepon %1</source>
        <translation>Telepon %1</translation>
    </message>
    <message>
        <source>Laman %1</source>
        <translation>Laman %1</translation>
    </message>
    <message>
        <source>Pos-el %1</source>
        <translation>Pos-el %1</translation>
    </message>
    <message>
        <source>Akun kios tidak dapat mengubah kop surat</source>
        <translation>Akun kios tidak dapat mengubah kop surat</translation>
    </message>
    <message>
        <source>Unit kerja tidak ditemukan</source>
        <translation>Unit kerja tidak ditemukan</translation>
    </message>
    <message>
        <source>Kop surat hanya dapat diatur untuk perangkat daerah tempat Anda bekerja</source>
        <translation>Kop surat hanya dapat diatur untuk perangkat daerah tempat Anda bekerja</translation>
    </message>
    <message>
        <source>Nama pemerintah daerah</source>
        <translation>Nama pemerintah daerah</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Pos-el</source>
        <translation>Pos-el</translation>
    </message>
    <message>
        <source>Laman</source>
        <translation>Laman</translation>
    </message>
    <message>
        <source>Tempat penandatanganan</source>
        <translation>Tempat penandatanganan</translation>
    </message>
    <message>
        <source>%1 harus satu baris</source>
        <translation>%1 harus satu baris</translation>
    </message>
    <message>
        <source>%1 paling banyak %2 karakter</source>
        <translation>%1 paling banyak %2 karakter</translation>
    </message>
    <message>
        <source>Nomor telepon harus berisi angka, misalnya (0561) 734567</source>
        <translation>Nomor telepon harus berisi angka, misalnya (0561) 734567</translation>
    </message>
    <message>
        <source>Alamat pos-el tidak dikenali, misalnya diskominfo@tanjunglontar.go.id</source>
        <translation>Alamat pos-el tidak dikenali, misalnya diskominfo@tanjunglontar.go.id</translation>
    </message>
    <message>
        <source>Alamat laman tidak dikenali, misalnya tanjunglontar.go.id</source>
        <translation>Alamat laman tidak dikenali, misalnya tanjunglontar.go.id</translation>
    </message>
</context>
<context>
    <name>lontar::records::OutgoingEditor</name>
    <message>
        <source>Konsep naskah keluar</source>
        <translation>Konsep naskah keluar</translation>
    </message>
    <message>
        <source>Jenis naskah</source>
        <translation>Jenis naskah</translation>
    </message>
    <message>
        <source>mis. 000.1.2</source>
        <translation>mis. 000.1.2</translation>
    </message>
    <message>
        <source>Kode klasifikasi</source>
        <translation>Kode klasifikasi</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan</source>
        <translation>Klasifikasi keamanan</translation>
    </message>
    <message>
        <source>kosongkan bila tidak ada</source>
        <translation>kosongkan bila tidak ada</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>Satu tujuan per baris, mis. Kepala Dinas Pendidikan</source>
        <translation>Satu tujuan per baris, mis. Kepala Dinas Pendidikan</translation>
    </message>
    <message>
        <source>Yth. (tujuan)</source>
        <translation>Yth. (tujuan)</translation>
    </message>
    <message>
        <source>Satu tembusan per baris</source>
        <translation>Satu tembusan per baris</translation>
    </message>
    <message>
        <source>Tembusan</source>
        <translation>Tembusan</translation>
    </message>
    <message>
        <source>Isi naskah; pisahkan paragraf dengan baris kosong</source>
        <translation>Isi naskah; pisahkan paragraf dengan baris kosong</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Pemeriksa (paraf, berurutan)</source>
        <translation>Pemeriksa (paraf, berurutan)</translation>
    </message>
    <message>
        <source>Simpan konsep</source>
        <translation>Simpan konsep</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Kota tempat naskah ditandatangani, mis. Tanjung Lontar</source>
        <translation>Kota tempat naskah ditandatangani, mis. Tanjung Lontar</translation>
    </message>
    <message>
        <source>Tidak ada penandatangan di unit Anda atau di atasnya</source>
        <translation>Tidak ada penandatangan di unit Anda atau di atasnya</translation>
    </message>
    <message>
        <source>Penandatangan dipilih dari pegawai berperan penandatangan di unit Anda atau di atasnya. Sinkronkan direktori bila daftarnya kosong.</source>
        <translation>Penandatangan dipilih dari pegawai berperan penandatangan di unit Anda atau di atasnya. Sinkronkan direktori bila daftarnya kosong.</translation>
    </message>
    <message>
        <source>Tambahkan pegawai terpilih ke akhir rantai paraf</source>
        <translation>Tambahkan pegawai terpilih ke akhir rantai paraf</translation>
    </message>
    <message>
        <source>Hapus pemeriksa terpilih dari rantai paraf</source>
        <translation>Hapus pemeriksa terpilih dari rantai paraf</translation>
    </message>
    <message>
        <source>Pemeriksa terpilih memberi paraf lebih awal</source>
        <translation>Pemeriksa terpilih memberi paraf lebih awal</translation>
    </message>
    <message>
        <source>Pemeriksa terpilih memberi paraf lebih akhir</source>
        <translation>Pemeriksa terpilih memberi paraf lebih akhir</translation>
    </message>
</context>
<context>
    <name>lontar::records::OutgoingPolicy</name>
    <message>
        <source>Kolom %1 tidak boleh diubah pada tahap ini</source>
        <translation>Kolom %1 tidak boleh diubah pada tahap ini</translation>
    </message>
    <message>
        <source>Naskah keluar tidak ditemukan</source>
        <translation>Naskah keluar tidak ditemukan</translation>
    </message>
    <message>
        <source>Hanya penyusun yang dapat menghapus konsepnya sebelum diajukan</source>
        <translation>Hanya penyusun yang dapat menghapus konsepnya sebelum diajukan</translation>
    </message>
    <message>
        <source>Rantai paraf tidak valid</source>
        <translation>Rantai paraf tidak valid</translation>
    </message>
    <message>
        <source>Rantai paraf paling banyak 10 pemeriksa</source>
        <translation>Rantai paraf paling banyak 10 pemeriksa</translation>
    </message>
    <message>
        <source>Setiap pemeriksa dalam rantai paraf harus orang yang berbeda</source>
        <translation>Setiap pemeriksa dalam rantai paraf harus orang yang berbeda</translation>
    </message>
    <message>
        <source>Status paraf tidak dikenal</source>
        <translation>Status paraf tidak dikenal</translation>
    </message>
    <message>
        <source>Catatan paraf paling banyak 1000 karakter</source>
        <translation>Catatan paraf paling banyak 1000 karakter</translation>
    </message>
    <message>
        <source>%1 tidak ditemukan dalam direktori</source>
        <translation>%1 tidak ditemukan dalam direktori</translation>
    </message>
    <message>
        <source>%1 (%2) tidak aktif</source>
        <translation>%1 (%2) tidak aktif</translation>
    </message>
    <message>
        <source>%1 (%2) tidak berizin membaca naskah dengan klasifikasi keamanan ini</source>
        <translation>%1 (%2) tidak berizin membaca naskah dengan klasifikasi keamanan ini</translation>
    </message>
    <message>
        <source>%1 (%2) harus berada di unit penyusun atau di atasnya</source>
        <translation>%1 (%2) harus berada di unit penyusun atau di atasnya</translation>
    </message>
    <message>
        <source>Unit penyusun tidak ditemukan</source>
        <translation>Unit penyusun tidak ditemukan</translation>
    </message>
    <message>
        <source>Penyusun tidak dapat memaraf konsepnya sendiri</source>
        <translation>Penyusun tidak dapat memaraf konsepnya sendiri</translation>
    </message>
    <message>
        <source>Penandatangan tidak perlu memaraf; ia menandatangani sesudah paraf</source>
        <translation>Penandatangan tidak perlu memaraf; ia menandatangani sesudah paraf</translation>
    </message>
    <message>
        <source>Pemeriksa</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>%1 tidak berwenang menandatangani naskah dinas</source>
        <translation>%1 tidak berwenang menandatangani naskah dinas</translation>
    </message>
    <message>
        <source>Nomor dan berkas bertanda tangan diisi saat penandatanganan</source>
        <translation>Nomor dan berkas bertanda tangan diisi saat penandatanganan</translation>
    </message>
    <message>
        <source>Nomor dan tujuan pengiriman diisi sesudah penandatanganan</source>
        <translation>Nomor dan tujuan pengiriman diisi sesudah penandatanganan</translation>
    </message>
    <message>
        <source>Konsep hanya dapat disimpan atau diajukan untuk paraf</source>
        <translation>Konsep hanya dapat disimpan atau diajukan untuk paraf</translation>
    </message>
    <message>
        <source>Pilih pemeriksa untuk paraf, atau ajukan langsung untuk tanda tangan</source>
        <translation>Pilih pemeriksa untuk paraf, atau ajukan langsung untuk tanda tangan</translation>
    </message>
    <message>
        <source>Paraf hanya diberikan oleh pemeriksa masing-masing</source>
        <translation>Paraf hanya diberikan oleh pemeriksa masing-masing</translation>
    </message>
    <message>
        <source>Tanggal naskah diisi saat penandatanganan</source>
        <translation>Tanggal naskah diisi saat penandatanganan</translation>
    </message>
    <message>
        <source>Konsep hanya dapat dibuat atas nama Anda sendiri</source>
        <translation>Konsep hanya dapat dibuat atas nama Anda sendiri</translation>
    </message>
    <message>
        <source>Konsep dibuat di unit kerja Anda sendiri</source>
        <translation>Konsep dibuat di unit kerja Anda sendiri</translation>
    </message>
    <message>
        <source>Konsep baru berstatus konsep</source>
        <translation>Konsep baru berstatus konsep</translation>
    </message>
    <message>
        <source>Penyusun dan unit penyusun naskah tidak dapat diubah</source>
        <translation>Penyusun dan unit penyusun naskah tidak dapat diubah</translation>
    </message>
    <message>
        <source>Hanya penyusun yang dapat mengubah konsep</source>
        <translation>Hanya penyusun yang dapat mengubah konsep</translation>
    </message>
    <message>
        <source>Naskah yang sudah dikirim tidak dapat diubah</source>
        <translation>Naskah yang sudah dikirim tidak dapat diubah</translation>
    </message>
    <message>
        <source>Tidak ada paraf yang ditunggu</source>
        <translation>Tidak ada paraf yang ditunggu</translation>
    </message>
    <message>
        <source>Belum giliran Anda memberi paraf; menunggu %1</source>
        <translation>Belum giliran Anda memberi paraf; menunggu %1</translation>
    </message>
    <message>
        <source>Anda tidak termasuk dalam rantai paraf naskah ini</source>
        <translation>Anda tidak termasuk dalam rantai paraf naskah ini</translation>
    </message>
    <message>
        <source>Rantai paraf tidak dapat diubah oleh pemeriksa</source>
        <translation>Rantai paraf tidak dapat diubah oleh pemeriksa</translation>
    </message>
    <message>
        <source>Hanya paraf Anda sendiri yang dapat diberikan</source>
        <translation>Hanya paraf Anda sendiri yang dapat diberikan</translation>
    </message>
    <message>
        <source>Status naskah tidak sesuai dengan paraf</source>
        <translation>Status naskah tidak sesuai dengan paraf</translation>
    </message>
    <message>
        <source>Tuliskan alasan pengembalian untuk penyusun</source>
        <translation>Tuliskan alasan pengembalian untuk penyusun</translation>
    </message>
    <message>
        <source>Setujui atau kembalikan konsep</source>
        <translation>Setujui atau kembalikan konsep</translation>
    </message>
    <message>
        <source>Hanya penandatangan yang ditunjuk yang dapat menandatangani naskah ini</source>
        <translation>Hanya penandatangan yang ditunjuk yang dapat menandatangani naskah ini</translation>
    </message>
    <message>
        <source>Naskah ini menunggu tanda tangan</source>
        <translation>Naskah ini menunggu tanda tangan</translation>
    </message>
    <message>
        <source>Naskah belum diparaf oleh semua pemeriksa</source>
        <translation>Naskah belum diparaf oleh semua pemeriksa</translation>
    </message>
    <message>
        <source>Berkas naskah bertanda tangan belum ada</source>
        <translation>Berkas naskah bertanda tangan belum ada</translation>
    </message>
    <message>
        <source>Tanggal naskah tidak valid</source>
        <translation>Tanggal naskah tidak valid</translation>
    </message>
    <message>
        <source>Tanggal naskah tidak boleh sesudah hari ini</source>
        <translation>Tanggal naskah tidak boleh sesudah hari ini</translation>
    </message>
    <message>
        <source>Naskah ditandatangani dengan nomor dari blok nomor unit</source>
        <translation>Naskah ditandatangani dengan nomor dari blok nomor unit</translation>
    </message>
    <message>
        <source>Nomor naskah tidak sesuai dengan klasifikasi, unit dan tahunnya</source>
        <translation>Nomor naskah tidak sesuai dengan klasifikasi, unit dan tahunnya</translation>
    </message>
    <message>
        <source>Hanya penyusun atau penandatangan yang dapat mengirim naskah ini</source>
        <translation>Hanya penyusun atau penandatangan yang dapat mengirim naskah ini</translation>
    </message>
    <message>
        <source>Naskah yang sudah ditandatangani tidak dapat diubah; hanya dapat dikirim</source>
        <translation>Naskah yang sudah ditandatangani tidak dapat diubah; hanya dapat dikirim</translation>
    </message>
    <message>
        <source>Pilih unit penerima</source>
        <translation>Pilih unit penerima</translation>
    </message>
    <message>
        <source>Unit penerima tidak valid</source>
        <translation>Unit penerima tidak valid</translation>
    </message>
    <message>
        <source>Unit penerima tidak ditemukan</source>
        <translation>Unit penerima tidak ditemukan</translation>
    </message>
</context>
<context>
    <name>lontar::records::OutgoingRenderer</name>
    <message>
        <source>Januari</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>Desember</translation>
    </message>
    <message>
        <source>Tidak dapat membuat PDF naskah</source>
        <translation>Tidak dapat membuat PDF naskah</translation>
    </message>
    <message>
        <source>…… (diberikan saat ditandatangani)</source>
        <translation>…… (diberikan saat ditandatangani)</translation>
    </message>
    <message>
        <source>NOTA DINAS</source>
        <translation>NOTA DINAS</translation>
    </message>
    <message>
        <source>NOMOR %1</source>
        <translation>NOMOR %1</translation>
    </message>
    <message>
        <source>Yth.</source>
        <translation>Yth.</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Tembusan</source>
        <translation>Tembusan</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>di</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Tempat tanda tangan elektronik</source>
        <translation>Tempat tanda tangan elektronik</translation>
    </message>
    <message>
        <source>NIP. %1</source>
        <translation>NIP. %1</translation>
    </message>
    <message>
        <source>Tembusan:</source>
        <translation>Tembusan:</translation>
    </message>
</context>
<context>
    <name>lontar::records::OutgoingTab</name>
    <message>
        <source>Konsep saya</source>
        <translation>Konsep saya</translation>
    </message>
    <message>
        <source>Menunggu paraf saya</source>
        <translation>Menunggu paraf saya</translation>
    </message>
    <message>
        <source>Menunggu tanda tangan saya</source>
        <translation>Menunggu tanda tangan saya</translation>
    </message>
    <message>
        <source>Register naskah keluar</source>
        <translation>Register naskah keluar</translation>
    </message>
    <message>
        <source>Konsep baru</source>
        <translation>Konsep baru</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ubah konsep</source>
        <translation>Ubah konsep</translation>
    </message>
    <message>
        <source>Ajukan paraf</source>
        <translation>Ajukan paraf</translation>
    </message>
    <message>
        <source>Setujui (paraf)</source>
        <translation>Setujui (paraf)</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Tanda tangani</source>
        <translation>Tanda tangani</translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rantai paraf&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rantai paraf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Belum ada konsep. Tekan &quot;Konsep baru&quot; untuk menyusun naskah dari templat.</source>
        <translation>Belum ada konsep. Tekan &quot;Konsep baru&quot; untuk menyusun naskah dari templat.</translation>
    </message>
    <message>
        <source>Tidak ada konsep yang menunggu paraf Anda.</source>
        <translation>Tidak ada konsep yang menunggu paraf Anda.</translation>
    </message>
    <message>
        <source>Tidak ada naskah yang menunggu tanda tangan Anda.</source>
        <translation>Tidak ada naskah yang menunggu tanda tangan Anda.</translation>
    </message>
    <message>
        <source>Belum ada naskah keluar yang ditandatangani tahun ini.</source>
        <translation>Belum ada naskah keluar yang ditandatangani tahun ini.</translation>
    </message>
    <message>
        <source>Pilih naskah di daftar.</source>
        <translation>Pilih naskah di daftar.</translation>
    </message>
    <message>
        <source>Dikembalikan oleh %1: %2</source>
        <translation>Dikembalikan oleh %1: %2</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Paraf diberikan</source>
        <translation>Paraf diberikan</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Giliran memberi paraf</source>
        <translation>Giliran memberi paraf</translation>
    </message>
    <message>
        <source>(menunggu data direktori)</source>
        <translation>(menunggu data direktori)</translation>
    </message>
    <message>
        <source>Menunggu paraf selesai</source>
        <translation>Menunggu paraf selesai</translation>
    </message>
    <message>
        <source>Giliran menandatangani</source>
        <translation>Giliran menandatangani</translation>
    </message>
    <message>
        <source>Ditandatangani dan dikirim</source>
        <translation>Ditandatangani dan dikirim</translation>
    </message>
    <message>
        <source>Ditandatangani (TTE)</source>
        <translation>Ditandatangani (TTE)</translation>
    </message>
    <message>
        <source> (penandatangan)</source>
        <translation> (penandatangan)</translation>
    </message>
    <message>
        <source>Pratinjau tidak dapat dibuat</source>
        <translation>Pratinjau tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Konsep disimpan.</source>
        <translation>Konsep disimpan.</translation>
    </message>
    <message>
        <source>Diajukan untuk tanda tangan.</source>
        <translation>Diajukan untuk tanda tangan.</translation>
    </message>
    <message>
        <source>Diajukan untuk paraf.</source>
        <translation>Diajukan untuk paraf.</translation>
    </message>
    <message>
        <source>Paraf diberikan.</source>
        <translation>Paraf diberikan.</translation>
    </message>
    <message>
        <source>Kembalikan ke penyusun</source>
        <translation>Kembalikan ke penyusun</translation>
    </message>
    <message>
        <source>Apa yang perlu diperbaiki?</source>
        <translation>Apa yang perlu diperbaiki?</translation>
    </message>
    <message>
        <source>Dikembalikan ke penyusun.</source>
        <translation>Dikembalikan ke penyusun.</translation>
    </message>
    <message>
        <source>Tanda tangani naskah</source>
        <translation>Tanda tangani naskah</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Naskah diberi nomor dari blok nomor unit, lalu ditandatangani secara elektronik dengan tanda tangan tampak pada tempat tanda tangan.</source>
        <translation>Naskah diberi nomor dari blok nomor unit, lalu ditandatangani secara elektronik dengan tanda tangan tampak pada tempat tanda tangan.</translation>
    </message>
    <message>
        <source>Ditandatangani dengan nomor %1.</source>
        <translation>Ditandatangani dengan nomor %1.</translation>
    </message>
    <message>
        <source>Kirim ke unit penerima</source>
        <translation>Kirim ke unit penerima</translation>
    </message>
    <message>
        <source>Pencatat unit penerima mencatatnya sebagai naskah masuk.</source>
        <translation>Pencatat unit penerima mencatatnya sebagai naskah masuk.</translation>
    </message>
    <message>
        <source>Naskah dikirim.</source>
        <translation>Naskah dikirim.</translation>
    </message>
    <message>
        <source>Kop surat…</source>
        <translation>Kop surat…</translation>
    </message>
    <message>
        <source>Alamat, telepon, pos-el dan laman pada kop naskah unit Anda</source>
        <translation>Alamat, telepon, pos-el dan laman pada kop naskah unit Anda</translation>
    </message>
    <message>
        <source>Kop surat disimpan; pratinjau naskah memakai kop baru.</source>
        <translation>Kop surat disimpan; pratinjau naskah memakai kop baru.</translation>
    </message>
    <message>
        <source>%1
Penandatangan: %2</source>
        <translation>%1
Penandatangan: %2</translation>
    </message>
    <message>
        <source>Pilih naskah di daftar terlebih dahulu</source>
        <translation>Pilih naskah di daftar terlebih dahulu</translation>
    </message>
    <message>
        <source>Hanya penyusun naskah yang dapat mengubah konsep</source>
        <translation>Hanya penyusun naskah yang dapat mengubah konsep</translation>
    </message>
    <message>
        <source>Naskah sudah diajukan; minta pemeriksa mengembalikannya bila perlu diubah</source>
        <translation>Naskah sudah diajukan; minta pemeriksa mengembalikannya bila perlu diubah</translation>
    </message>
    <message>
        <source>Hanya penyusun naskah yang dapat mengajukannya</source>
        <translation>Hanya penyusun naskah yang dapat mengajukannya</translation>
    </message>
    <message>
        <source>Naskah ini sudah diajukan</source>
        <translation>Naskah ini sudah diajukan</translation>
    </message>
    <message>
        <source>Naskah ini tidak sedang menunggu paraf Anda</source>
        <translation>Naskah ini tidak sedang menunggu paraf Anda</translation>
    </message>
    <message>
        <source>Hanya pemeriksa yang sedang mendapat giliran paraf, atau penandatangan, yang dapat mengembalikan naskah</source>
        <translation>Hanya pemeriksa yang sedang mendapat giliran paraf, atau penandatangan, yang dapat mengembalikan naskah</translation>
    </message>
    <message>
        <source>Hanya penandatangan yang ditunjuk yang dapat menandatangani</source>
        <translation>Hanya penandatangan yang ditunjuk yang dapat menandatangani</translation>
    </message>
    <message>
        <source>Menunggu paraf semua pemeriksa</source>
        <translation>Menunggu paraf semua pemeriksa</translation>
    </message>
    <message>
        <source>Naskah ini tidak sedang menunggu tanda tangan</source>
        <translation>Naskah ini tidak sedang menunggu tanda tangan</translation>
    </message>
    <message>
        <source>Naskah ini sudah dikirim</source>
        <translation>Naskah ini sudah dikirim</translation>
    </message>
    <message>
        <source>Naskah dapat dikirim setelah ditandatangani</source>
        <translation>Naskah dapat dikirim setelah ditandatangani</translation>
    </message>
    <message>
        <source>Hanya penyusun atau penandatangan yang dapat mengirim naskah</source>
        <translation>Hanya penyusun atau penandatangan yang dapat mengirim naskah</translation>
    </message>
</context>
<context>
    <name>lontar::records::PdfText</name>
    <message>
        <source>Berkas tidak dapat dibaca</source>
        <translation>Berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Berkas kosong (0 bita)</source>
        <translation>Berkas kosong (0 bita)</translation>
    </message>
    <message>
        <source>Berkas terlalu besar (%1 MB; paling besar %2 MB)</source>
        <translation>Berkas terlalu besar (%1 MB; paling besar %2 MB)</translation>
    </message>
    <message>
        <source>Bukan berkas PDF</source>
        <translation>Bukan berkas PDF</translation>
    </message>
    <message>
        <source>Berkas PDF rusak dan tidak dapat dibuka</source>
        <translation>Berkas PDF rusak dan tidak dapat dibuka</translation>
    </message>
    <message>
        <source>PDF dilindungi kata sandi; buka kuncinya lalu impor lagi</source>
        <translation>PDF dilindungi kata sandi; buka kuncinya lalu impor lagi</translation>
    </message>
    <message>
        <source>PDF terenkripsi; simpan ulang tanpa enkripsi lalu impor lagi</source>
        <translation>PDF terenkripsi; simpan ulang tanpa enkripsi lalu impor lagi</translation>
    </message>
    <message>
        <source>Berkas PDF rusak: tidak ada halaman yang terbaca</source>
        <translation>Berkas PDF rusak: tidak ada halaman yang terbaca</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Berkas PDF rusak: halaman %1 tidak terbaca</source>
        <translation>Berkas PDF rusak: halaman %1 tidak terbaca</translation>
    </message>
</context>
<context>
    <name>lontar::records::Policy</name>
    <message>
        <source>Musnah</source>
        <translation>Musnah</translation>
    </message>
    <message>
        <source>Permanen</source>
        <translation>Permanen</translation>
    </message>
    <message>
        <source>Dinilai kembali</source>
        <translation>Dinilai kembali</translation>
    </message>
    <message>
        <source>Biasa</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Penting</source>
        <translation>Penting</translation>
    </message>
    <message>
        <source>Segera</source>
        <translation>Segera</translation>
    </message>
    <message>
        <source>Sangat segera</source>
        <translation>Sangat segera</translation>
    </message>
    <message>
        <source>Tercatat</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <source>Didisposisi</source>
        <translation>Didisposisi</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Diberkaskan</source>
        <translation>Diberkaskan</translation>
    </message>
    <message>
        <source>Hanya arsiparis yang dapat mengubah instrumen kearsipan</source>
        <translation>Hanya arsiparis yang dapat mengubah instrumen kearsipan</translation>
    </message>
    <message>
        <source>Instrumen kearsipan tidak dihapus; nonaktifkan saja</source>
        <translation>Instrumen kearsipan tidak dihapus; nonaktifkan saja</translation>
    </message>
    <message>
        <source>Perubahan instrumen hanya dapat dicatat atas nama Anda sendiri</source>
        <translation>Perubahan instrumen hanya dapat dicatat atas nama Anda sendiri</translation>
    </message>
    <message>
        <source>Kode klasifikasi %1 tidak valid (contoh: 000.1.2)</source>
        <translation>Kode klasifikasi %1 tidak valid (contoh: 000.1.2)</translation>
    </message>
    <message>
        <source>Kode data tidak sesuai dengan kuncinya (%1)</source>
        <translation>Kode data tidak sesuai dengan kuncinya (%1)</translation>
    </message>
    <message>
        <source>Nama klasifikasi %1 kosong</source>
        <translation>Nama klasifikasi %1 kosong</translation>
    </message>
    <message>
        <source>Induk klasifikasi %1 harus %2</source>
        <translation>Induk klasifikasi %1 harus %2</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>Induk klasifikasi %1 belum ada</source>
        <translation>Induk klasifikasi %1 belum ada</translation>
    </message>
    <message>
        <source>Masa retensi %1 harus tahun utuh 0 sampai 100</source>
        <translation>Masa retensi %1 harus tahun utuh 0 sampai 100</translation>
    </message>
    <message>
        <source>JRA %1: sebutkan peristiwa yang mengawali masa retensi</source>
        <translation>JRA %1: sebutkan peristiwa yang mengawali masa retensi</translation>
    </message>
    <message>
        <source>JRA %1: nama peristiwa hanya untuk pangkal &quot;peristiwa&quot;</source>
        <translation>JRA %1: nama peristiwa hanya untuk pangkal &quot;peristiwa&quot;</translation>
    </message>
    <message>
        <source>JRA %1 merujuk kode klasifikasi yang belum ada</source>
        <translation>JRA %1 merujuk kode klasifikasi yang belum ada</translation>
    </message>
    <message>
        <source>Hanya pencatat surat atau arsiparis yang dapat mencatat naskah masuk</source>
        <translation>Hanya pencatat surat atau arsiparis yang dapat mencatat naskah masuk</translation>
    </message>
    <message>
        <source>Naskah masuk tidak dihapus; penyusutan mengikuti JRA</source>
        <translation>Naskah masuk tidak dihapus; penyusutan mengikuti JRA</translation>
    </message>
    <message>
        <source>Unit dan pencatat naskah tidak dapat diubah atau diatasnamakan orang lain</source>
        <translation>Unit dan pencatat naskah tidak dapat diubah atau diatasnamakan orang lain</translation>
    </message>
    <message>
        <source>Naskah hanya dapat dicatat dan diubah di unit Anda atau unit di bawahnya</source>
        <translation>Naskah hanya dapat dicatat dan diubah di unit Anda atau unit di bawahnya</translation>
    </message>
    <message>
        <source>Naskah baru selalu berstatus tercatat</source>
        <translation>Naskah baru selalu berstatus tercatat</translation>
    </message>
    <message>
        <source>Berkas, nomor agenda dan tanggal terima naskah tidak dapat diubah</source>
        <translation>Berkas, nomor agenda dan tanggal terima naskah tidak dapat diubah</translation>
    </message>
    <message>
        <source>Perihal naskah wajib diisi</source>
        <translation>Perihal naskah wajib diisi</translation>
    </message>
    <message>
        <source>Tanggal naskah harus berbentuk TTTT-BB-HH</source>
        <translation>Tanggal naskah harus berbentuk TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Tanggal terima harus berbentuk TTTT-BB-HH</source>
        <translation>Tanggal terima harus berbentuk TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Nomor agenda harus nomor urut/tahun terima, misalnya %1</source>
        <translation>Nomor agenda harus nomor urut/tahun terima, misalnya %1</translation>
    </message>
    <message>
        <source>Berkas naskah harus bernama, berhalaman dan paling besar %1 MB</source>
        <translation>Berkas naskah harus bernama, berhalaman dan paling besar %1 MB</translation>
    </message>
    <message>
        <source>Data berkas tanpa berkasnya</source>
        <translation>Data berkas tanpa berkasnya</translation>
    </message>
    <message>
        <source>Naskah dinyatakan sebagai arsip dan diberkaskan setelah dicatat</source>
        <translation>Naskah dinyatakan sebagai arsip dan diberkaskan setelah dicatat</translation>
    </message>
    <message>
        <source>Naskah ini sudah dimusnahkan; catatannya tidak dapat diubah</source>
        <translation>Naskah ini sudah dimusnahkan; catatannya tidak dapat diubah</translation>
    </message>
    <message>
        <source>Pernyataan sebagai arsip tidak dapat dibatalkan</source>
        <translation>Pernyataan sebagai arsip tidak dapat dibatalkan</translation>
    </message>
    <message>
        <source>Naskah sudah dinyatakan sebagai arsip: isinya (%1) tidak dapat diubah</source>
        <translation>Naskah sudah dinyatakan sebagai arsip: isinya (%1) tidak dapat diubah</translation>
    </message>
    <message>
        <source>Klasifikasi keamanan arsip yang dinyatakan hanya diubah oleh arsiparis</source>
        <translation>Klasifikasi keamanan arsip yang dinyatakan hanya diubah oleh arsiparis</translation>
    </message>
    <message>
        <source>Naskah diberkaskan harus menyebut berkasnya</source>
        <translation>Naskah diberkaskan harus menyebut berkasnya</translation>
    </message>
    <message>
        <source>Naskah dalam berkas yang sudah ditutup tidak dapat dipindahkan</source>
        <translation>Naskah dalam berkas yang sudah ditutup tidak dapat dipindahkan</translation>
    </message>
    <message>
        <source>Berkas tujuan tidak ditemukan</source>
        <translation>Berkas tujuan tidak ditemukan</translation>
    </message>
    <message>
        <source>Naskah hanya diberkaskan dalam berkas unitnya sendiri</source>
        <translation>Naskah hanya diberkaskan dalam berkas unitnya sendiri</translation>
    </message>
    <message>
        <source>Berkas tujuan sudah ditutup</source>
        <translation>Berkas tujuan sudah ditutup</translation>
    </message>
    <message>
        <source>Klasifikasi naskah (%1) harus %2 atau di bawahnya</source>
        <translation>Klasifikasi naskah (%1) harus %2 atau di bawahnya</translation>
    </message>
    <message>
        <source>Pemusnahan naskah dilaksanakan oleh arsiparis</source>
        <translation>Pemusnahan naskah dilaksanakan oleh arsiparis</translation>
    </message>
    <message>
        <source>Naskah dimusnahkan hanya bersama berkasnya menurut berita acara</source>
        <translation>Naskah dimusnahkan hanya bersama berkasnya menurut berita acara</translation>
    </message>
    <message>
        <source>Naskah yang dimusnahkan tidak lagi menyimpan berkas PDF dan teksnya</source>
        <translation>Naskah yang dimusnahkan tidak lagi menyimpan berkas PDF dan teksnya</translation>
    </message>
    <message>
        <source>Nomor agenda dari blok server hanya untuk perangkat yang terdaftar</source>
        <translation>Nomor agenda dari blok server hanya untuk perangkat yang terdaftar</translation>
    </message>
</context>
<context>
    <name>lontar::records::RecordsCli</name>
    <message>
        <source>ditolak: %1</source>
        <translation>ditolak: %1</translation>
    </message>
</context>
<context>
    <name>lontar::records::RecordsPage</name>
    <message>
        <source>Kotak Masuk</source>
        <translation>Kotak Masuk</translation>
    </message>
    <message>
        <source>Naskah Masuk</source>
        <translation>Naskah Masuk</translation>
    </message>
    <message>
        <source>Naskah Keluar</source>
        <translation>Naskah Keluar</translation>
    </message>
    <message>
        <source>Berkas &amp;&amp; Retensi</source>
        <translation>Berkas &amp;&amp; Retensi</translation>
    </message>
</context>
<context>
    <name>lontar::records::RecordsUiModule</name>
    <message>
        <source>Surat &amp; Arsip</source>
        <translation>Surat &amp; Arsip</translation>
    </message>
</context>
<context>
    <name>lontar::records::RetentionQuery</name>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inaktif</source>
        <translation>Inaktif</translation>
    </message>
    <message>
        <source>Diusulkan musnah</source>
        <translation>Diusulkan musnah</translation>
    </message>
    <message>
        <source>Musnah</source>
        <translation>Musnah</translation>
    </message>
    <message>
        <source>Permanen (statis)</source>
        <translation>Permanen (statis)</translation>
    </message>
    <message>
        <source>Dinilai kembali</source>
        <translation>Dinilai kembali</translation>
    </message>
    <message>
        <source>Pindah ke inaktif</source>
        <translation>Pindah ke inaktif</translation>
    </message>
    <message>
        <source>Usul musnah</source>
        <translation>Usul musnah</translation>
    </message>
    <message>
        <source>Serah permanen</source>
        <translation>Serah permanen</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>Desember</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan di perangkat ini</source>
        <translation>Berkas tidak ditemukan di perangkat ini</translation>
    </message>
</context>
<context>
    <name>lontar::records::RetentionWidget</name>
    <message>
        <source>sejak %1</source>
        <translation>sejak %1</translation>
    </message>
    <message>
        <source>Tanpa JRA (disimpan)</source>
        <translation>Tanpa JRA (disimpan)</translation>
    </message>
    <message>
        <source>%1+%2 th, %3</source>
        <translation>%1+%2 th, %3</translation>
    </message>
    <message>
        <source>menunggu peristiwa</source>
        <translation>menunggu peristiwa</translation>
    </message>
    <message>
        <source>belum ditutup</source>
        <translation>belum ditutup</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jadwal retensi arsip&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jadwal retensi arsip&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Per tanggal</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Semua berkas</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <source>Ditahan</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Uraian berkas</source>
        <translation>Uraian berkas</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kurun waktu</source>
        <translation>Kurun waktu</translation>
    </message>
    <message>
        <source>Aktif s.d.</source>
        <translation>Aktif s.d.</translation>
    </message>
    <message>
        <source>Inaktif s.d.</source>
        <translation>Inaktif s.d.</translation>
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
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Penahanan</source>
        <translation>Penahanan</translation>
    </message>
    <message>
        <source>Belum ada berkas di perangkat ini. Berkas dibuat saat memberkaskan naskah: buka naskah di tab Naskah Masuk, lalu pilih &quot;Berkaskan&quot;.</source>
        <translation>Belum ada berkas di perangkat ini. Berkas dibuat saat memberkaskan naskah: buka naskah di tab Naskah Masuk, lalu pilih &quot;Berkaskan&quot;.</translation>
    </message>
    <message>
        <source>Tutup berkas</source>
        <translation>Tutup berkas</translation>
    </message>
    <message>
        <source>Tanggal peristiwa…</source>
        <translation>Tanggal peristiwa…</translation>
    </message>
    <message>
        <source>Tahan…</source>
        <translation>Tahan…</translation>
    </message>
    <message>
        <source>Cabut penahanan…</source>
        <translation>Cabut penahanan…</translation>
    </message>
    <message>
        <source>Tindak lanjuti JRA</source>
        <translation>Tindak lanjuti JRA</translation>
    </message>
    <message>
        <source>Usulkan musnah</source>
        <translation>Usulkan musnah</translation>
    </message>
    <message>
        <source>Daftar usul musnah</source>
        <translation>Daftar usul musnah</translation>
    </message>
    <message>
        <source>Diusulkan</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>Pengusul</source>
        <translation>Pengusul</translation>
    </message>
    <message>
        <source>Jumlah berkas</source>
        <translation>Jumlah berkas</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Laksanakan pemusnahan…</source>
        <translation>Laksanakan pemusnahan…</translation>
    </message>
    <message>
        <source>Simpan daftar usul musnah (PDF)…</source>
        <translation>Simpan daftar usul musnah (PDF)…</translation>
    </message>
    <message>
        <source>Simpan berita acara (PDF)…</source>
        <translation>Simpan berita acara (PDF)…</translation>
    </message>
    <message>
        <source>Usul musnah</source>
        <translation>Usul musnah</translation>
    </message>
    <message>
        <source>Serah permanen</source>
        <translation>Serah permanen</translation>
    </message>
    <message>
        <source>Dinilai kembali</source>
        <translation>Dinilai kembali</translation>
    </message>
    <message>
        <source>Pindah ke inaktif</source>
        <translation>Pindah ke inaktif</translation>
    </message>
    <message>
        <source>Tanpa JRA</source>
        <translation>Tanpa JRA</translation>
    </message>
    <message>
        <source>Menunggu peristiwa</source>
        <translation>Menunggu peristiwa</translation>
    </message>
    <message numerus="yes">
        <source>Per %1 tidak ada berkas yang jatuh tempo (%n berkas tercatat).</source>
        <translation>
            <numerusform>Per %1 tidak ada berkas yang jatuh tempo (%n berkas tercatat).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Per %1: %2 dari %n berkas jatuh tempo untuk ditindaklanjuti.</source>
        <translation>
            <numerusform>Per %1: %2 dari %n berkas jatuh tempo untuk ditindaklanjuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n naskah dalam berkas</source>
        <translation>
            <numerusform>%n naskah dalam berkas</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditahan: %1</source>
        <translation>Ditahan: %1</translation>
    </message>
    <message>
        <source>menunggu pimpinan unit</source>
        <translation>menunggu pimpinan unit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; dimusnahkan di %1</source>
        <translation>; dimusnahkan di %1</translation>
    </message>
    <message>
        <source>Berkas ditutup per %1.</source>
        <translation>Berkas ditutup per %1.</translation>
    </message>
    <message>
        <source>Tanggal peristiwa</source>
        <translation>Tanggal peristiwa</translation>
    </message>
    <message>
        <source>Tanggal peristiwa terjadi (HH-BB-TTTT):</source>
        <translation>Tanggal peristiwa terjadi (HH-BB-TTTT):</translation>
    </message>
    <message>
        <source>Tanggal tidak dikenali; tulis seperti 03-03-2026</source>
        <translation>Tanggal tidak dikenali; tulis seperti 03-03-2026</translation>
    </message>
    <message>
        <source>Tanggal peristiwa dicatat: %1.</source>
        <translation>Tanggal peristiwa dicatat: %1.</translation>
    </message>
    <message>
        <source>Tahan berkas</source>
        <translation>Tahan berkas</translation>
    </message>
    <message>
        <source>Alasan penahanan (perkara, pemeriksaan, permintaan APH):</source>
        <translation>Alasan penahanan (perkara, pemeriksaan, permintaan APH):</translation>
    </message>
    <message>
        <source>Berkas ditahan; tidak dapat diusulkan musnah sampai penahanan dicabut.</source>
        <translation>Berkas ditahan; tidak dapat diusulkan musnah sampai penahanan dicabut.</translation>
    </message>
    <message>
        <source>Cabut penahanan</source>
        <translation>Cabut penahanan</translation>
    </message>
    <message>
        <source>Alasan pencabutan:</source>
        <translation>Alasan pencabutan:</translation>
    </message>
    <message>
        <source>Penahanan dicabut.</source>
        <translation>Penahanan dicabut.</translation>
    </message>
    <message>
        <source>Tidak ada berkas terpilih yang jatuh tempo pindah inaktif, permanen atau dinilai kembali. Usul musnah lewat tombol &quot;Usulkan musnah&quot;.</source>
        <translation>Tidak ada berkas terpilih yang jatuh tempo pindah inaktif, permanen atau dinilai kembali. Usul musnah lewat tombol &quot;Usulkan musnah&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas ditindaklanjuti sesuai JRA.</source>
        <translation>
            <numerusform>%n berkas ditindaklanjuti sesuai JRA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daftar usul musnah dibuat (%n berkas) dan menunggu persetujuan pimpinan unit. Simpan daftarnya sebagai PDF dengan tombol di bawah.</source>
        <translation>
            <numerusform>Daftar usul musnah dibuat (%n berkas) dan menunggu persetujuan pimpinan unit. Simpan daftarnya sebagai PDF dengan tombol di bawah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usul musnah disetujui.</source>
        <translation>Usul musnah disetujui.</translation>
    </message>
    <message>
        <source>Tolak usul musnah</source>
        <translation>Tolak usul musnah</translation>
    </message>
    <message>
        <source>Alasan penolakan:</source>
        <translation>Alasan penolakan:</translation>
    </message>
    <message>
        <source>Usul musnah ditolak.</source>
        <translation>Usul musnah ditolak.</translation>
    </message>
    <message>
        <source>Laksanakan pemusnahan</source>
        <translation>Laksanakan pemusnahan</translation>
    </message>
    <message>
        <source>Tempat pelaksanaan:</source>
        <translation>Tempat pelaksanaan:</translation>
    </message>
    <message>
        <source>Pemusnahan dicatat. Simpan berita acaranya sebagai PDF untuk ditandatangani.</source>
        <translation>Pemusnahan dicatat. Simpan berita acaranya sebagai PDF untuk ditandatangani.</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>berita-acara-pemusnahan.pdf</source>
        <translation>berita-acara-pemusnahan.pdf</translation>
    </message>
    <message>
        <source>daftar-usul-musnah.pdf</source>
        <translation>daftar-usul-musnah.pdf</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan %1</source>
        <translation>Tidak dapat menyimpan %1</translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>menunggu sinkronisasi</source>
        <translation>menunggu sinkronisasi</translation>
    </message>
    <message>
        <source>Menutup berkas per hari ini; masa retensi dihitung sejak akhir tahun penutupan</source>
        <translation>Menutup berkas per hari ini; masa retensi dihitung sejak akhir tahun penutupan</translation>
    </message>
    <message>
        <source>Mencatat tanggal peristiwa yang menjadi pangkal retensi (JRA dengan pangkal peristiwa)</source>
        <translation>Mencatat tanggal peristiwa yang menjadi pangkal retensi (JRA dengan pangkal peristiwa)</translation>
    </message>
    <message>
        <source>Menahan berkas karena perkara atau pemeriksaan; berkas yang ditahan tidak dapat dimusnahkan</source>
        <translation>Menahan berkas karena perkara atau pemeriksaan; berkas yang ditahan tidak dapat dimusnahkan</translation>
    </message>
    <message>
        <source>Mencabut penahanan berkas dengan alasannya</source>
        <translation>Mencabut penahanan berkas dengan alasannya</translation>
    </message>
    <message>
        <source>Memindahkan berkas yang jatuh tempo ke inaktif, permanen, atau dinilai kembali sesuai JRA</source>
        <translation>Memindahkan berkas yang jatuh tempo ke inaktif, permanen, atau dinilai kembali sesuai JRA</translation>
    </message>
    <message>
        <source>Membuat daftar usul musnah dari berkas terpilih yang jatuh tempo musnah</source>
        <translation>Membuat daftar usul musnah dari berkas terpilih yang jatuh tempo musnah</translation>
    </message>
    <message>
        <source>Menyetujui usul musnah unit Anda</source>
        <translation>Menyetujui usul musnah unit Anda</translation>
    </message>
    <message>
        <source>Menolak usul musnah dengan alasannya</source>
        <translation>Menolak usul musnah dengan alasannya</translation>
    </message>
    <message>
        <source>Mencatat pelaksanaan pemusnahan; rujukan berkas dan teks naskah dihapus</source>
        <translation>Mencatat pelaksanaan pemusnahan; rujukan berkas dan teks naskah dihapus</translation>
    </message>
    <message>
        <source>Menyimpan daftar usul musnah sebagai PDF</source>
        <translation>Menyimpan daftar usul musnah sebagai PDF</translation>
    </message>
    <message>
        <source>Menyimpan berita acara pemusnahan sebagai PDF untuk ditandatangani</source>
        <translation>Menyimpan berita acara pemusnahan sebagai PDF untuk ditandatangani</translation>
    </message>
    <message>
        <source>Alasan penahanan: %1</source>
        <translation>Alasan penahanan: %1</translation>
    </message>
    <message>
        <source>Unit: %1.</source>
        <translation>Unit: %1.</translation>
    </message>
    <message>
        <source>Pilih satu berkas atau lebih di tabel</source>
        <translation>Pilih satu berkas atau lebih di tabel</translation>
    </message>
    <message>
        <source>Pilih usul musnah di daftar</source>
        <translation>Pilih usul musnah di daftar</translation>
    </message>
    <message>
        <source>Usul musnah ini sudah diputuskan</source>
        <translation>Usul musnah ini sudah diputuskan</translation>
    </message>
    <message>
        <source>Pemusnahan ini sudah dilaksanakan</source>
        <translation>Pemusnahan ini sudah dilaksanakan</translation>
    </message>
    <message>
        <source>Pemusnahan dilaksanakan setelah usul disetujui pimpinan unit</source>
        <translation>Pemusnahan dilaksanakan setelah usul disetujui pimpinan unit</translation>
    </message>
    <message>
        <source>Berita acara dibuat setelah usul musnah disetujui pimpinan unit</source>
        <translation>Berita acara dibuat setelah usul musnah disetujui pimpinan unit</translation>
    </message>
</context>
<context>
    <name>lontar::server::MutationWriter</name>
    <message>
        <source>Jenis data %1 tidak dikenal server</source>
        <translation>Jenis data %1 tidak dikenal server</translation>
    </message>
    <message>
        <source>Kode data harus UUID</source>
        <translation>Kode data harus UUID</translation>
    </message>
    <message>
        <source>Data terlalu besar</source>
        <translation>Data terlalu besar</translation>
    </message>
    <message>
        <source>Data ini hanya diubah oleh server</source>
        <translation>Data ini hanya diubah oleh server</translation>
    </message>
    <message>
        <source>Anda tidak berwenang mengubah data ini</source>
        <translation>Anda tidak berwenang mengubah data ini</translation>
    </message>
    <message>
        <source>Data ini tidak dapat dihapus</source>
        <translation>Data ini tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Berkas yang dirujuk belum diunggah oleh unit Anda</source>
        <translation>Berkas yang dirujuk belum diunggah oleh unit Anda</translation>
    </message>
</context>
<context>
    <name>lontar::sync::OnlineLogin</name>
    <message>
        <source>Server tidak dapat dihubungi. Masuk pertama kali di perangkat ini memerlukan koneksi ke server.</source>
        <translation>Server tidak dapat dihubungi. Masuk pertama kali di perangkat ini memerlukan koneksi ke server.</translation>
    </message>
    <message>
        <source>Server menerima kata sandi Anda, tetapi data pegawai belum diterima. Coba lagi.</source>
        <translation>Server menerima kata sandi Anda, tetapi data pegawai belum diterima. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>lontar::sync::SyncWorker</name>
    <message>
        <source>Sinkronisasi belum berjalan</source>
        <translation>Sinkronisasi belum berjalan</translation>
    </message>
    <message>
        <source>Rujukan berkas tidak sah</source>
        <translation>Rujukan berkas tidak sah</translation>
    </message>
    <message>
        <source>Belum tersambung ke server; diunduh saat tersambung</source>
        <translation>Belum tersambung ke server; diunduh saat tersambung</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat</source>
        <translation>Folder %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Unduhan terputus; dicoba lagi pada sinkronisasi berikutnya</source>
        <translation>Unduhan terputus; dicoba lagi pada sinkronisasi berikutnya</translation>
    </message>
    <message>
        <source>Berkas gagal diunduh berulang kali; coba lagi nanti</source>
        <translation>Berkas gagal diunduh berulang kali; coba lagi nanti</translation>
    </message>
    <message>
        <source>Berkas tidak tersedia di server atau Anda tidak berhak membukanya</source>
        <translation>Berkas tidak tersedia di server atau Anda tidak berhak membukanya</translation>
    </message>
</context>
</TS>
