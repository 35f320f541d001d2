; Inno Setup 6 script: a per-user installer for the PyInstaller folder dist\Desk.
; build.py runs: iscc /DAppVersion=0.1.0 /DSourceDir=<dist\Desk> /O<dist> packaging\desk.iss
; Without /DAppVersion the version comes from the DESK_VERSION environment variable.

#ifndef AppVersion
  #define AppVersion GetEnv("DESK_VERSION")
#endif
#if AppVersion == ""
  #error Pass the version: iscc /DAppVersion=X.Y.Z desk.iss (or set DESK_VERSION)
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\dist\Desk"
#endif

[Setup]
AppId={{6F0B7C52-3E1A-4D8B-9A57-2C4E8D1F5A63}
AppName=Desk
AppVersion={#AppVersion}
AppVerName=Desk {#AppVersion}
AppPublisher=Desk
DefaultDirName={autopf}\Desk
DefaultGroupName=Desk
DisableProgramGroupPage=yes
; Per user: no administrator rights; installs into %LOCALAPPDATA%\Programs\Desk.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=Desk-{#AppVersion}-setup
UninstallDisplayIcon={app}\Desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
#if FileExists(AddBackslash(SourcePath) + "icons\desk.ico")
SetupIconFile=icons\desk.ico
#endif

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Desk"; Filename: "{app}\Desk.exe"
Name: "{autoprograms}\Uninstall Desk"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\Desk.exe"; Description: "{cm:LaunchProgram,Desk}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what was installed: the data folder (%APPDATA%\Desk) stays.
