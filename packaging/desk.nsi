; NSIS 3 script: a per-user installer for the PyInstaller folder Desk\ (Desk.exe, desk-cli.exe, _internal\).
;   makensis -DVERSION=0.1.0 -DSOURCE_DIR=<dist\Desk> -DOUT_FILE=<dist\Desk-0.1.0-setup.exe> packaging\desk.nsi
; packaging/build.py runs it on Windows, tools/windows/build.py with Debian's makensis on Linux.
; Silent install: Desk-<version>-setup.exe /S (and /D=<folder> last, to install elsewhere).
;
; It installs for the current user, with no administrator rights, into %LOCALAPPDATA%\Programs\Desk; adds Desk to
; the Start menu, to Settings > Apps (with its uninstaller), and to Open with for .zip files (a bundle for our
; lawyer is a .zip: Desk is offered for it, .zip is not taken over). The uninstaller removes exactly that, and
; leaves the data folder, which is not in the install folder, where it is.

Unicode true
Target amd64-unicode  ; Desk is a 64-bit app: a 64-bit installer says so on a 32-bit Windows by not starting

!ifndef VERSION
  !error "Pass the version: makensis -DVERSION=X.Y.Z packaging/desk.nsi"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "${__FILEDIR__}\..\dist\Desk"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "${__FILEDIR__}\..\dist\Desk-${VERSION}-setup.exe"
!endif

!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"  ; -DCOMPRESSOR=zlib: a bigger installer, made in a fraction of the time
!endif

!define PROGID "Desk.Bundle"
!define CLASSES "Software\Classes"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Desk"
!define SHCNE_ASSOCCHANGED 0x08000000

Name "Desk"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\Desk"
RequestExecutionLevel user
SetCompressor ${COMPRESSOR}
ManifestDPIAware true
BrandingText "Desk ${VERSION}"

!include MUI2.nsh
!include FileFunc.nsh

!if /FileExists "${__FILEDIR__}\icons\desk.ico"
  !define MUI_ICON "${__FILEDIR__}\icons\desk.ico"
  !define MUI_UNICON "${__FILEDIR__}\icons\desk.ico"
!endif
!define MUI_FINISHPAGE_RUN "$INSTDIR\Desk.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Desk"
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"  ; an older version's files would otherwise stay beside the new ones
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Desk.lnk" "$INSTDIR\Desk.exe"

  ; Open with > Desk for a .zip: Desk checks the bundle against its manifest and shows the result
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "Desk bundle"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\Desk.exe,0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open" "FriendlyAppName" "Desk"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\Desk.exe" open-bundle "%1"'
  WriteRegStr HKCU "${CLASSES}\.zip\OpenWithProgids" "${PROGID}" ""

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Desk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Desk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\Desk.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0  ; in KB, shown in Apps

  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Desk.lnk"
  DeleteRegValue HKCU "${CLASSES}\.zip\OpenWithProgids" "${PROGID}"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; Only what was installed, never the folder whole: it may have been chosen to be one that holds other things.
  ; The data folder is elsewhere (by default %LOCALAPPDATA%\Desk) and stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Desk.exe"
  Delete "$INSTDIR\desk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; when empty
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
SectionEnd
