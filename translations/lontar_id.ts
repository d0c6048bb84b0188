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
        <translation><numerusform>Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam %n menit.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Akun dikunci selama %n menit karena terlalu banyak percobaan gagal.</source>
        <translation><numerusform>Akun dikunci selama %n menit karena terlalu banyak percobaan gagal.</numerusform></translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi admin OPD.</source>
        <translation>Akun ini dinonaktifkan. Hubungi admin OPD.</translation>
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
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>Berkas: %1 (%2 byte)
</source>
        <translation>Berkas: %1 (%2 byte)
</translation>
    </message>
    <message>
        <source>Tidak ada tanda tangan.
</source>
        <translation>Tidak ada tanda tangan.
</translation>
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
        <source>SAH</source>
        <translation>SAH</translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation>TIDAK SAH</translation>
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
        <source>stempel waktu</source>
        <translation>stempel waktu</translation>
    </message>
    <message>
        <source>diakui penanda tangan</source>
        <translation>diakui penanda tangan</translation>
    </message>
    <message>
        <source>  Keutuhan: %1
</source>
        <translation>  Keutuhan: %1
</translation>
    </message>
    <message>
        <source>dokumen tidak berubah sejak ditandatangani</source>
        <translation>dokumen tidak berubah sejak ditandatangani</translation>
    </message>
    <message>
        <source>RUSAK</source>
        <translation>RUSAK</translation>
    </message>
    <message>
        <source>  Cakupan: %1
</source>
        <translation>  Cakupan: %1
</translation>
    </message>
    <message>
        <source>seluruh dokumen</source>
        <translation>seluruh dokumen</translation>
    </message>
    <message>
        <source>%1 byte ditambahkan sesudahnya (%2 revisi)</source>
        <translation>%1 byte ditambahkan sesudahnya (%2 revisi)</translation>
    </message>
    <message>
        <source>  Rantai sertifikat: %1 %2
</source>
        <translation>  Rantai sertifikat: %1 %2
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
        <source>SEMUA TANDA TANGAN SAH</source>
        <translation>SEMUA TANDA TANGAN SAH</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>/ByteRange tidak valid atau tidak menunjuk /Contents</source>
        <translation>/ByteRange tidak valid atau tidak menunjuk /Contents</translation>
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
        <source>tidak diperiksa (tanpa daftar sertifikat tepercaya)</source>
        <translation>tidak diperiksa (tanpa daftar sertifikat tepercaya)</translation>
    </message>
    <message>
        <source>tepercaya</source>
        <translation>tepercaya</translation>
    </message>
    <message>
        <source>tidak tepercaya</source>
        <translation>tidak tepercaya</translation>
    </message>
    <message>
        <source>kedaluwarsa saat penandatanganan</source>
        <translation>kedaluwarsa saat penandatanganan</translation>
    </message>
    <message>
        <source>belum berlaku saat penandatanganan</source>
        <translation>belum berlaku saat penandatanganan</translation>
    </message>
    <message>
        <source>tidak valid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <source>Stempel waktu tidak cocok dengan tanda tangan atau tidak tepercaya</source>
        <translation>Stempel waktu tidak cocok dengan tanda tangan atau tidak tepercaya</translation>
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
    <name>lontar::AdministrationPage</name>
    <message>
        <source>Unit organisasi</source>
        <translation>Unit organisasi</translation>
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
        <source>Jabatan</source>
        <translation>Jabatan</translation>
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
        <source>Pilih unit untuk melihat pegawai di unit itu dan di bawahnya.</source>
        <translation>Pilih unit untuk melihat pegawai di unit itu dan di bawahnya.</translation>
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
        <source>Pengguna %1 ditambahkan.</source>
        <translation>Pengguna %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Kata sandi %1 telah diatur ulang.</source>
        <translation>Kata sandi %1 telah diatur ulang.</translation>
    </message>
    <message>
        <source>Kunci akun telah dibuka.</source>
        <translation>Kunci akun telah dibuka.</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan.</source>
        <translation>Akun dinonaktifkan.</translation>
    </message>
    <message>
        <source>Akun diaktifkan.</source>
        <translation>Akun diaktifkan.</translation>
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
        <translation><numerusform>✔ Log audit utuh (%n entri terverifikasi)</numerusform></translation>
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
        <translation><numerusform>Rantai hash utuh: %n entri diperiksa, tidak ada yang diubah atau dihapus.</numerusform></translation>
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
    <name>lontar::EsignUiModule</name>
    <message>
        <source>Tanda Tangan Elektronik</source>
        <translation>Tanda Tangan Elektronik</translation>
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
        <source>Token "%1" tidak ditemukan</source>
        <translation>Token "%1" tidak ditemukan</translation>
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
        <translation><numerusform>Luring — %n perubahan menunggu</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Daring — %n perubahan menunggu</source>
        <translation><numerusform>Daring — %n perubahan menunggu</numerusform></translation>
    </message>
    <message>
        <source>Daring — tersinkron %1</source>
        <translation>Daring — tersinkron %1</translation>
    </message>
    <message numerus="yes">
        <source>Menyinkronkan… (%n perubahan menunggu)</source>
        <translation><numerusform>Menyinkronkan… (%n perubahan menunggu)</numerusform></translation>
    </message>
    <message>
        <source>Sinkronisasi gagal: %1</source>
        <translation>Sinkronisasi gagal: %1</translation>
    </message>
    <message>
        <source>Sinkronisasi terakhir: %1</source>
        <translation>Sinkronisasi terakhir: %1</translation>
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
</context>
<context>
    <name>lontar::esign::EsignPage</name>
    <message>
        <source>Kata sandi kunci</source>
        <translation>Kata sandi kunci</translation>
    </message>
    <message>
        <source>Kata sandi berkas kunci (PKCS#12):</source>
        <translation>Kata sandi berkas kunci (PKCS#12):</translation>
    </message>
    <message>
        <source>Buka PDF…</source>
        <translation>Buka PDF…</translation>
    </message>
    <message>
        <source>berkas .p12 dari BSrE atau CA internal</source>
        <translation>berkas .p12 dari BSrE atau CA internal</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Stempel terlihat (tanpa centang: paraf)</source>
        <translation>Stempel terlihat (tanpa centang: paraf)</translation>
    </message>
    <message>
        <source>Tandatangani</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel; seret stempel untuk memindahkannya.</source>
        <translation>Seret di halaman untuk menempatkan stempel; seret stempel untuk memindahkannya.</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Kunci penandatanganan</source>
        <translation>Kunci penandatanganan</translation>
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
        <source>Periksa PDF…</source>
        <translation>Periksa PDF…</translation>
    </message>
    <message>
        <source>Simpan laporan…</source>
        <translation>Simpan laporan…</translation>
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
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Cakupan</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verifikasi</translation>
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
        <source>Dokumen asli tidak diubah; hasil ditulis ke folder lain dengan nama yang sama. Kunci dan stempel diambil dari tab Tandatangani.</source>
        <translation>Dokumen asli tidak diubah; hasil ditulis ke folder lain dengan nama yang sama. Kunci dan stempel diambil dari tab Tandatangani.</translation>
    </message>
    <message>
        <source>Tanda tangan massal</source>
        <translation>Tanda tangan massal</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>Riwayat</translation>
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
        <source>Periksa PDF</source>
        <translation>Periksa PDF</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibuka sebagai PDF.</source>
        <translation>%1 tidak dapat dibuka sebagai PDF.</translation>
    </message>
    <message>
        <source>Dokumen: %1</source>
        <translation>Dokumen: %1</translation>
    </message>
    <message>
        <source>Pilih berkas kunci</source>
        <translation>Pilih berkas kunci</translation>
    </message>
    <message>
        <source>Kunci PKCS#12 (*.p12 *.pfx)</source>
        <translation>Kunci PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Berhasil</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Pilih berkas kunci terlebih dahulu.</source>
        <translation>Pilih berkas kunci terlebih dahulu.</translation>
    </message>
    <message>
        <source>Simpan PDF bertanda tangan</source>
        <translation>Simpan PDF bertanda tangan</translation>
    </message>
    <message>
        <source>Seret di halaman untuk menempatkan stempel.</source>
        <translation>Seret di halaman untuk menempatkan stempel.</translation>
    </message>
    <message>
        <source>Menandatangani…</source>
        <translation>Menandatangani…</translation>
    </message>
    <message>
        <source>Ditandatangani: %1</source>
        <translation>Ditandatangani: %1</translation>
    </message>
    <message>
        <source>Tidak sah</source>
        <translation>Tidak sah</translation>
    </message>
    <message>
        <source>Sah, perlu perhatian</source>
        <translation>Sah, perlu perhatian</translation>
    </message>
    <message>
        <source>Sah</source>
        <translation>Sah</translation>
    </message>
    <message>
        <source>Seluruh dokumen</source>
        <translation>Seluruh dokumen</translation>
    </message>
    <message>
        <source>Ada perubahan sesudahnya</source>
        <translation>Ada perubahan sesudahnya</translation>
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
    <message>
        <source>Pilih folder dokumen asli dan folder hasil.</source>
        <translation>Pilih folder dokumen asli dan folder hasil.</translation>
    </message>
    <message>
        <source>Folder hasil harus berbeda dari folder dokumen asli.</source>
        <translation>Folder hasil harus berbeda dari folder dokumen asli.</translation>
    </message>
    <message>
        <source>Folder hasil tidak dapat dibuat.</source>
        <translation>Folder hasil tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Dibatalkan setelah %1 dari %2 dokumen.</source>
        <translation>Dibatalkan setelah %1 dari %2 dokumen.</translation>
    </message>
    <message numerus="yes">
        <source>Selesai: %n dokumen.</source>
        <translation><numerusform>Selesai: %n dokumen.</numerusform></translation>
    </message>
    <message>
        <source>Berkas kunci PKCS#12</source>
        <translation>Berkas kunci PKCS#12</translation>
    </message>
    <message>
        <source>Token / kartu pintar (PKCS#11)</source>
        <translation>Token / kartu pintar (PKCS#11)</translation>
    </message>
    <message>
        <source>label token</source>
        <translation>label token</translation>
    </message>
    <message>
        <source>opsional: alamat server stempel waktu (RFC 3161)</source>
        <translation>opsional: alamat server stempel waktu (RFC 3161)</translation>
    </message>
    <message>
        <source>Stempel waktu (PAdES B-T)</source>
        <translation>Stempel waktu (PAdES B-T)</translation>
    </message>
    <message>
        <source>Isi label token terlebih dahulu.</source>
        <translation>Isi label token terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>lontar::esign::PdfPageView</name>
    <message>
        <source>QR  Ditandatangani secara elektronik</source>
        <translation>QR  Ditandatangani secara elektronik</translation>
    </message>
</context>
</TS>
