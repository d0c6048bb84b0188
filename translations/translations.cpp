// Anchor for the library that carries the compiled .qm files as Qt resources.
namespace lontar {
int translationsLibraryAnchor = 0;
}
